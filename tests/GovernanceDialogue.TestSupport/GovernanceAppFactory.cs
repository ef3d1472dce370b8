using GovernanceDialogue.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace GovernanceDialogue.TestSupport;

/// <summary>
/// The real app on a test database, with a controllable clock. In memory by default; on Kestrel with a real port
/// for the browser tests.
/// </summary>
public sealed class GovernanceAppFactory : WebApplicationFactory<Program>
{
    private readonly string connectionString;
    private readonly Action<IServiceCollection>? configureServices;
    private readonly IReadOnlyDictionary<string, string> settings;

    private readonly bool kestrel;

    public GovernanceAppFactory(
        string connectionString, bool kestrel = false, Action<IServiceCollection>? configureServices = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        this.connectionString = connectionString;
        this.configureServices = configureServices;
        this.settings = settings ?? new Dictionary<string, string>();
        this.kestrel = kestrel;
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    /// <summary>
    /// The app's clock. Starts at the real time of creation and moves a millisecond per reading (so events keep their
    /// order) or when a test moves it.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    /// <summary>The base address of the Kestrel server (after <c>StartServer()</c>).</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>
    /// A client that acts as this user (<see cref="TestAuthenticationHandler"/>: only who they are; their roles come
    /// from the database).
    /// </summary>
    public HttpClient CreateClientAs(Guid userId, WebApplicationFactoryClientOptions? options = null)
    {
        var client = options is null ? CreateClient() : CreateClient(options);
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.Header, userId.ToString());
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{DependencyInjection.ConnectionStringName}", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Database:SeedDemoCity", "false");
        // Jobs are run directly by the tests (as the recurring jobs would); a test that needs Hangfire turns it on.
        builder.UseSetting("Jobs:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseStaticWebAssets();
        builder.ConfigureLogging(logging => logging.AddProvider(new TestOutputLoggerProvider()));
        if (!kestrel)
        {
            // Requests keep the test's context, so what the app logs lands in the output of the test that caused it.
            builder.UseTestServer(options => options.PreserveExecutionContext = true);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
            services.PostConfigure<PolicySchemeOptions>("Smart", options =>
            {
                var original = options.ForwardDefaultSelector!;
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(TestAuthenticationHandler.Header) ? TestAuthenticationHandler.SchemeName : original(context);
            });
            configureServices?.Invoke(services);
        });
    }
}

using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Tokens;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.TestSupport;
using Mediator;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Infrastructure;

/// <summary>
/// Base of every integration test: its own database (empty, or with the demo city) and the real app on top of it.
/// xUnit creates one instance per test, so each test gets clean data.
/// </summary>
public abstract class IntegrationTest : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = default!;

    protected GovernanceAppFactory App { get; private set; } = default!;

    protected HttpClient Client { get; private set; } = default!;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The city's date by the app's clock (the tests' fixed or shifted time).</summary>
    protected DateOnly Today => App.Clock.Today();

    /// <summary>Start from the demo city instead of an empty database.</summary>
    protected virtual bool SeedDemoCity => false;

    /// <summary>Configuration for this test's app (e.g. e-mail or jobs on).</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    /// <summary>Service replacements for this test's app.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(SeedDemoCity);
        App = new GovernanceAppFactory(Database.ConnectionString, configureServices: ConfigureServices, settings: Settings);
        Client = NewClient();
    }

    public virtual async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Makes <see cref="Client"/> act as a new user holding these roles (each for a unit, or globally).</summary>
    protected async Task<Guid> SignInAsync(params (Role Role, Guid? UnitId)[] roles)
    {
        var userId = await CreateUserAsync(roles);
        Client.DefaultRequestHeaders.Remove(TestAuthenticationHandler.Header);
        Client.DefaultRequestHeaders.Add(TestAuthenticationHandler.Header, userId.ToString());
        return userId;
    }

    /// <summary>A separate client acting as a new user with these roles.</summary>
    protected async Task<HttpClient> ClientAsync(params (Role Role, Guid? UnitId)[] roles) => ClientAs(await CreateUserAsync(roles));

    /// <summary>A separate client that calls with a new API token: these scopes, for this unit's subtree.</summary>
    protected async Task<HttpClient> TokenClientAsync(string[] scopes, Guid unitId) =>
        TokenClient((await SendAsync(new CreateToken.Command("Testsystemet", scopes, unitId, App.Clock.GetUtcNow().AddDays(30)))).Secret);

    /// <summary>A separate client with nobody signed in. Like every client here, it does not follow redirects (tests see them).</summary>
    protected HttpClient NewClient() => App.CreateClient(NoRedirects);

    /// <summary>A separate client acting as this existing user.</summary>
    protected HttpClient ClientAs(Guid userId) => App.CreateClientAs(userId, NoRedirects);

    /// <summary>A separate client that calls with this API token's secret.</summary>
    protected HttpClient TokenClient(string secret)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>Creates an active user with a password and the given roles; returns the id.</summary>
    protected async Task<Guid> CreateUserAsync(params (Role Role, Guid? UnitId)[] roles)
    {
        var name = string.Join(" ", roles.Select(r => r.Role)) is { Length: > 0 } joined ? joined : "No roles";
        var user = await SendAsync(new CreateUser.Command($"{Guid.NewGuid():N}@test.example", $"Test {name}", TestPassword));
        foreach (var (role, unitId) in roles)
        {
            await SendAsync(new AddRoleAssignment.Command(user.User.Id, role, unitId));
        }

        return user.User.Id;
    }

    protected const string TestPassword = "correct-horse-battery";

    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    /// <summary>Sends a command through the app's own pipeline (validation, transaction), acting as the system.</summary>
    protected Task<T> SendAsync<T>(ICommand<T> command) => InScopeAsync(sender => sender.Send(command, Cancel));

    /// <summary>Sends a query through the app's own pipeline, acting as the system.</summary>
    protected Task<T> SendAsync<T>(IQuery<T> query) => InScopeAsync(sender => sender.Send(query, Cancel));

    /// <summary>Reads what is stored, bypassing the app.</summary>
    protected async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var db = Database.CreateContext();
        return await read(db);
    }

    private async Task<T> InScopeAsync<T>(Func<ISender, ValueTask<T>> send)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }
}

using GovernanceDialogue.Core;
using GovernanceDialogue.Core.Demo;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GovernanceDialogue.TestSupport;

/// <summary>
/// A fresh database per test, copied from a template that was migrated (and, if asked, seeded with the demo city and
/// its demo users)
/// once per test process. Copying a template takes a fraction of a second; tests never see each other's data.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static readonly string ProcessTag = $"{Environment.ProcessId}_{Random.Shared.Next(1000, 9999)}";
    private static string? emptyTemplate;
    private static string? demoTemplate;

    private readonly string adminConnectionString;

    private TestDatabase(string adminConnectionString, string name)
    {
        this.adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = WithDatabase(adminConnectionString, name);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(bool demoCity = false)
    {
        var admin = await TestPostgres.AdminConnectionStringAsync();
        var template = await TemplateAsync(admin, demoCity);
        var database = new TestDatabase(admin, $"gd_test_{Guid.NewGuid():N}"[..32]);
        await ExecuteAsync(admin, $"CREATE DATABASE \"{database.Name}\" TEMPLATE \"{template}\"");
        return database;
    }

    /// <summary>A context on this database, for arranging data and asserting what was stored.</summary>
    public AppDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseGovernanceDatabase(ConnectionString);
        return new AppDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(connection);
        await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static async Task<string> TemplateAsync(string admin, bool demoCity)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (emptyTemplate is null)
            {
                var name = $"gd_template_{ProcessTag}";
                await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
                await using (var provider = CoreServices(WithDatabase(admin, name)))
                await using (var scope = provider.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
                        .InitializeAsync(new DatabaseStartup(Migrate: true, SeedDemoCity: false, SeedDemoUsers: false, Administrator: null), CancellationToken.None);
                }

                NpgsqlConnection.ClearAllPools();
                emptyTemplate = name;
            }

            if (demoCity && demoTemplate is null)
            {
                var name = $"gd_template_demo_{ProcessTag}";
                await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{emptyTemplate}\"");
                await using (var provider = CoreServices(WithDatabase(admin, name)))
                await using (var scope = provider.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DemoCitySeeder>().SeedIfEmptyAsync(CancellationToken.None);
                    await scope.ServiceProvider.GetRequiredService<DemoUsersSeeder>().SeedIfMissingAsync(CancellationToken.None);
                    await scope.ServiceProvider.GetRequiredService<DemoDialoguesSeeder>().NotifyAsync(CancellationToken.None);
                }

                NpgsqlConnection.ClearAllPools();
                demoTemplate = name;
            }

            return demoCity ? demoTemplate! : emptyTemplate;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static ServiceProvider CoreServices(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{DependencyInjection.ConnectionStringName}"] = connectionString })
            .Build();
        return new ServiceCollection().AddLogging().AddGovernanceCore(configuration).BuildServiceProvider();
    }

    private static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using GovernanceDialogue.Core;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GovernanceDialogue.Benchmarks;

/// <summary>
/// The benchmark's own database (by default <c>gd_bench</c>), dropped, created and migrated by the app's own
/// initializer at the start of each run, so every run measures the same generated data.
/// </summary>
public sealed class BenchDatabase
{
    /// <summary>Connection string of a server with rights to create databases; wins over the tests' variable.</summary>
    public const string EnvironmentVariable = "GOVERNANCE_BENCH_POSTGRES";

    private readonly string adminConnectionString;

    private BenchDatabase(string adminConnectionString, string name)
    {
        this.adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static string AdminConnectionString()
    {
        foreach (var variable in new[] { EnvironmentVariable, TestPostgres.EnvironmentVariable })
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
            {
                return value;
            }
        }

        throw new InvalidOperationException(
            $"No PostgreSQL for the benchmark: set {EnvironmentVariable} (or {TestPostgres.EnvironmentVariable}) to a connection string "
            + "with rights to create databases, e.g. Host=127.0.0.1;Port=5432;Username=postgres. db/local-postgres.sh starts a local cluster.");
    }

    /// <summary>Drops the database if it exists, creates it and applies every migration (plus the default template).</summary>
    public static async Task<BenchDatabase> RecreateAsync(string name, CancellationToken cancellationToken)
    {
        var database = new BenchDatabase(AdminConnectionString(), name);
        await ExecuteAsync(database.adminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", cancellationToken);
        await ExecuteAsync(database.adminConnectionString, $"CREATE DATABASE \"{name}\"", cancellationToken);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{DependencyInjection.ConnectionStringName}"] = database.ConnectionString })
            .Build();
        await using (var provider = new ServiceCollection().AddLogging().AddGovernanceCore(configuration).BuildServiceProvider())
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
                .InitializeAsync(new DatabaseStartup(Migrate: true, SeedDemoCity: false, SeedDemoUsers: false, Administrator: null), cancellationToken);
        }

        NpgsqlConnection.ClearAllPools();
        return database;
    }

    /// <summary>Runs SQL outside the app (arranging data between runs, planner statistics).</summary>
    public Task ExecuteAsync(string sql, CancellationToken cancellationToken) => ExecuteAsync(ConnectionString, sql, cancellationToken);

    /// <summary>The server's version and the settings that decide what a commit costs, for the report.</summary>
    public async Task<string> ServerAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var settings = new List<string>();
        foreach (var setting in new[] { "server_version", "shared_buffers", "fsync", "synchronous_commit" })
        {
            await using var command = new NpgsqlCommand($"SHOW {setting}", connection);
            settings.Add((string)(await command.ExecuteScalarAsync(cancellationToken))!);
        }

        return $"{settings[0].Split(' ')[0]} (shared_buffers {settings[1]}, fsync {settings[2]}, synchronous_commit {settings[3]})";
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

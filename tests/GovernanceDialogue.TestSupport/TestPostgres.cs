using Testcontainers.PostgreSql;

namespace GovernanceDialogue.TestSupport;

/// <summary>
/// The PostgreSQL server the tests run against: the one named by <c>GOVERNANCE_TEST_POSTGRES</c> (./test.sh starts a
/// throwaway local cluster and sets it), otherwise a Testcontainers container where Docker is available.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "GOVERNANCE_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    /// <summary>Connection string with rights to create databases.</summary>
    public static Task<string> AdminConnectionStringAsync() => Server.Value;

    private static async Task<string> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        try
        {
            // Build() already needs a Docker engine, so it sits inside the try as well.
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            return container.GetConnectionString();
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the tests: set {EnvironmentVariable} to a server's connection string (./test.sh does this) "
                + $"or make a Docker engine available for Testcontainers. ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }
}

using GovernanceDialogue.Core.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovernanceDialogue.Core.Persistence;

/// <summary>What to do with the database at start-up.</summary>
/// <param name="Migrate">Apply pending migrations.</param>
/// <param name="SeedDemoCity">Seed the demo city into an empty database.</param>
/// <param name="SeedDemoUsers">Seed demo users with public passwords (Development only).</param>
/// <param name="Administrator">Make sure this administrator exists when no one holds the role (first start in production).</param>
public sealed record DatabaseStartup(bool Migrate, bool SeedDemoCity, bool SeedDemoUsers, BootstrapAdministrator? Administrator);

/// <summary>Applies pending migrations and seeds, as configured.</summary>
public sealed class DatabaseInitializer(
    AppDbContext db, DemoCitySeeder demoCity, DemoUsersSeeder demoUsers, AdministratorBootstrap bootstrap, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(DatabaseStartup startup, CancellationToken cancellationToken)
    {
        if (startup.Migrate)
        {
            logger.LogInformation("Applying pending database migrations");

            // EF takes a database lock around migrating, so several instances starting at once are safe.
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (startup.SeedDemoCity)
        {
            await demoCity.SeedIfEmptyAsync(cancellationToken);
        }

        if (startup.SeedDemoUsers)
        {
            await demoUsers.SeedIfMissingAsync(cancellationToken);
        }

        if (startup.Administrator is { } administrator)
        {
            await bootstrap.EnsureAsync(administrator, cancellationToken);
        }
    }
}

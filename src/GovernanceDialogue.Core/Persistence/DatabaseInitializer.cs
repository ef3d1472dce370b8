using GovernanceDialogue.Core.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovernanceDialogue.Core.Persistence;

/// <summary>Applies pending migrations and seeds the demo city into an empty database, as configured.</summary>
public sealed class DatabaseInitializer(AppDbContext db, DemoCitySeeder demoCity, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool migrate, bool seedDemoCity, CancellationToken cancellationToken)
    {
        if (migrate)
        {
            logger.LogInformation("Applying pending database migrations");

            // EF takes a database lock around migrating, so several instances starting at once are safe.
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (seedDemoCity)
        {
            await demoCity.SeedIfEmptyAsync(cancellationToken);
        }
    }
}

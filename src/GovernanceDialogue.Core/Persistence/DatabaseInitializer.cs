using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Demo;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Templates;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GovernanceDialogue.Core.Persistence;

/// <summary>What to do with the database at start-up.</summary>
/// <param name="Migrate">Apply pending migrations.</param>
/// <param name="SeedDemoCity">Seed the demo city into an empty database.</param>
/// <param name="SeedDemoUsers">Seed demo users with public passwords (Development only).</param>
/// <param name="Administrator">Make sure this administrator exists when no one holds the role (first start in production).</param>
public sealed record DatabaseStartup(bool Migrate, bool SeedDemoCity, bool SeedDemoUsers, BootstrapAdministrator? Administrator);

/// <summary>
/// Applies pending migrations and seeds, as configured, and makes sure the default dialogue template exists. Several
/// instances may start at once against one database: migrating is serialised by EF's own lock, and everything after it
/// (each step first looks whether its data is there, then writes it) by a session-level advisory lock, so the second
/// instance waits, finds the template and the demo city, and writes nothing twice.
/// </summary>
public sealed class DatabaseInitializer(
    AppDbContext db, DemoCitySeeder demoCity, DemoUsersSeeder demoUsers, DemoDialoguesSeeder demoDialogues, AdministratorBootstrap bootstrap, ISender sender,
    CurrentUser currentUser,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(DatabaseStartup startup, CancellationToken cancellationToken)
    {
        if (startup.Migrate)
        {
            logger.LogInformation("Applying pending database migrations");

            // EF takes a database lock around migrating, so several instances starting at once are safe.
            await db.Database.MigrateAsync(cancellationToken);
        }

        var locked = await TryLockAsync(cancellationToken);
        try
        {
            await SeedAsync(startup, cancellationToken);
        }
        finally
        {
            if (locked)
            {
                await UnlockAsync();
            }
        }
    }

    private const long StartupLockKey = 0x474F5653_54415254; // "GOVSTART"

    /// <summary>
    /// Takes the start-up lock on this context's connection, kept open until it is released. False when the database
    /// cannot be reached: the steps below then report it as they did before (the template waits for the next start).
    /// </summary>
    private async Task<bool> TryLockAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartupLockKey})", cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException || ex.InnerException is NpgsqlException)
        {
            await db.Database.CloseConnectionAsync();
            return false;
        }
    }

    private async Task UnlockAsync()
    {
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartupLockKey})", CancellationToken.None);
        }
        catch (Exception ex) when (ex is NpgsqlException || ex.InnerException is NpgsqlException)
        {
            // A broken connection is not reused by the pool, and its session's locks end with it.
            logger.LogWarning(ex, "Could not release the start-up lock");
        }

        await db.Database.CloseConnectionAsync();
    }

    private async Task SeedAsync(DatabaseStartup startup, CancellationToken cancellationToken)
    {
        await EnsureDefaultTemplateAsync(cancellationToken);

        var seededCity = startup.SeedDemoCity && await demoCity.SeedIfEmptyAsync(cancellationToken);
        if (startup.SeedDemoUsers)
        {
            await demoUsers.SeedIfMissingAsync(cancellationToken);
            if (seededCity)
            {
                currentUser.SetSystem();
                await demoDialogues.NotifyAsync(cancellationToken);
            }
        }

        if (startup.Administrator is { } administrator)
        {
            await bootstrap.EnsureAsync(administrator, cancellationToken);
        }
    }

    /// <summary>Every database has a dialogue template from its first start: the default question set (DefaultTemplate).</summary>
    private async Task EnsureDefaultTemplateAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await db.DialogueTemplates.AnyAsync(cancellationToken))
            {
                return;
            }
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            logger.LogWarning("The database is not migrated yet: the default dialogue template is created at the next start");
            return;
        }
        catch (Exception ex) when (ex is NpgsqlException || ex.InnerException is NpgsqlException)
        {
            // Start anyway: /health/ready reports the database, and the next start creates the template.
            logger.LogWarning(ex, "The database is unreachable: the default dialogue template is created at the next start");
            return;
        }

        currentUser.SetSystem();
        await sender.Send(new CreateTemplate.Command(DefaultTemplate.Name, DefaultTemplate.Questions, IsDefault: true), cancellationToken);
        logger.LogInformation("Created the default dialogue template '{Name}'", DefaultTemplate.Name);
    }
}

using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Domain.Audit;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Missions;
using GovernanceDialogue.Core.Domain.Notifications;
using GovernanceDialogue.Core.Domain.Organisation;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GovernanceDialogue.Core.Persistence;

/// <summary>
/// The one database context. Handlers use it directly (no repositories). Saving translates PostgreSQL's refusals
/// into the error convention: a stale concurrency token is 412, a unique or foreign-key violation is a named 409.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, AuditTrail? audit = null)
    : IdentityUserContext<AppUser, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();

    public DbSet<Mission> Missions => Set<Mission>();

    public DbSet<MissionVersion> MissionVersions => Set<MissionVersion>();

    public DbSet<GoalPicture> GoalPictures => Set<GoalPicture>();

    public DbSet<CurrentStateAnalysis> Analyses => Set<CurrentStateAnalysis>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<GoalSet> GoalSets => Set<GoalSet>();

    public DbSet<PrioritisedGoal> Goals => Set<PrioritisedGoal>();

    public DbSet<StopLogEntry> StopLog => Set<StopLogEntry>();

    public DbSet<GoalPolicy> GoalPolicies => Set<GoalPolicy>();

    public DbSet<DialogueTemplate> DialogueTemplates => Set<DialogueTemplate>();

    public DbSet<TemplateVersion> TemplateVersions => Set<TemplateVersion>();

    public DbSet<WheelSchedule> WheelSchedules => Set<WheelSchedule>();

    public DbSet<DialogueCycle> Cycles => Set<DialogueCycle>();

    public DbSet<Dialogue> Dialogues => Set<Dialogue>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<CycleRollup> CycleRollups => Set<CycleRollup>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>ASP.NET Data Protection keys, shared by every app instance (sign-in cookies survive restarts and load balancing).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        audit?.Capture(ChangeTracker);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException ex) when (Translate(ex) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Synchronous saves exist for library code (the Data Protection key store); the app saves asynchronously.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        audit?.Capture(ChangeTracker);
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateException ex) when (Translate(ex) is { } translated)
        {
            throw translated;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    /// <summary>The error convention's exception for a refused save, or null to let the original propagate.</summary>
    private static Exception? Translate(DbUpdateException exception)
    {
        if (exception is DbUpdateConcurrencyException)
        {
            var entry = exception.Entries.Count > 0 ? exception.Entries[0] : null;
            var key = entry?.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue).FirstOrDefault();
            return new PreconditionFailedException(entry is null ? "Resource" : ConcurrencyExtensions.ResourceName(entry.Metadata.ClrType), key ?? "?");
        }

        return exception.InnerException is PostgresException pg
            ? pg.SqlState switch
            {
                PostgresErrorCodes.UniqueViolation => new DomainRuleException(
                    ConstraintRules.RuleFor(pg.ConstraintName) ?? DomainRules.ConcurrentChange,
                    ConstraintRules.MessageFor(pg.ConstraintName) ?? "The same data was written at the same time by someone else."),
                PostgresErrorCodes.ForeignKeyViolation => new DomainRuleException(
                    DomainRules.ReferencedElsewhere, "The change would break a reference held by other data."),
                _ => null,
            }
            : null;
    }
}

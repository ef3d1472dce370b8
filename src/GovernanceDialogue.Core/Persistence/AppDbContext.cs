using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Domain.Audit;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Domain.Missions;
using GovernanceDialogue.Core.Domain.Notifications;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Features.Webhooks;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace GovernanceDialogue.Core.Persistence;

/// <summary>
/// The one database context. Handlers use it directly (no repositories). Saving translates PostgreSQL's refusals
/// into the error convention: a stale concurrency token is 412 when the caller named the version it expected
/// (If-Match) and 409 <c>concurrent-change</c> when it did not; a unique or foreign-key violation is a named 409.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, AuditTrail? audit = null, WebhookOutbox? webhooks = null)
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

    public DbSet<Summary> Summaries => Set<Summary>();

    public DbSet<SummaryVersion> SummaryVersions => Set<SummaryVersion>();

    public DbSet<Lesson> Lessons => Set<Lesson>();

    public DbSet<FailureNomination> FailureNominations => Set<FailureNomination>();

    public DbSet<FailureAward> FailureAwards => Set<FailureAward>();

    public DbSet<Collaboration> Collaborations => Set<Collaboration>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    /// <summary>The webhook outbox: events written by the same save as their change (see <see cref="WebhookOutbox"/>).</summary>
    public DbSet<WebhookEvent> WebhookEvents => Set<WebhookEvent>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    /// <summary>ASP.NET Data Protection keys, shared by every app instance (sign-in cookies survive restarts and load balancing).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The entities whose version the caller stated (If-Match), see <see cref="ConcurrencyExtensions.ExpectVersion"/>.</summary>
    private readonly HashSet<object> versionExpected = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Records that the caller stated which version of <paramref name="entity"/> it changes. A write that then loses a
    /// race on that entity failed the caller's precondition (412); a lost race the caller stated nothing about is a
    /// concurrent change (409).
    /// </summary>
    internal void RecordExpectedVersion(object entity) => versionExpected.Add(entity);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        audit?.Capture(ChangeTracker);
        webhooks?.Collect(ChangeTracker);
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
        webhooks?.Collect(ChangeTracker);
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
        UnitLine.Map(builder, this.GetService<IRelationalTypeMappingSource>());
    }

    /// <summary>The error convention's exception for a refused save, or null to let the original propagate.</summary>
    private Exception? Translate(DbUpdateException exception)
    {
        if (exception is DbUpdateConcurrencyException)
        {
            // Someone else wrote a row between our read and our write. Only a caller who sent If-Match for that row
            // made a precondition that now failed; anyone else simply lost a race.
            var entry = exception.Entries.FirstOrDefault(e => versionExpected.Contains(e.Entity));
            if (entry is null)
            {
                return new DomainRuleException(DomainRules.ConcurrentChange, "Someone else changed the same data at the same time. Reload and try again.");
            }

            var key = entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue).FirstOrDefault();
            return new PreconditionFailedException(ConcurrencyExtensions.ResourceName(entry.Metadata.ClrType), key ?? "?");
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

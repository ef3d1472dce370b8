using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Missions;
using GovernanceDialogue.Core.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GovernanceDialogue.Core.Persistence;

/// <summary>
/// The one database context. Handlers use it directly (no repositories). Saving translates PostgreSQL's refusals
/// into the error convention: a stale concurrency token is 412, a unique or foreign-key violation is a named 409.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();

    public DbSet<Mission> Missions => Set<Mission>();

    public DbSet<MissionVersion> MissionVersions => Set<MissionVersion>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var entry = ex.Entries.Count > 0 ? ex.Entries[0] : null;
            var key = entry?.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue).FirstOrDefault();
            throw new PreconditionFailedException(entry?.Metadata.ClrType.Name ?? "Resource", key ?? "?");
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException pg)
        {
            throw pg.SqlState switch
            {
                PostgresErrorCodes.UniqueViolation => new DomainRuleException(
                    ConstraintRules.RuleFor(pg.ConstraintName) ?? DomainRules.ConcurrentChange,
                    ConstraintRules.MessageFor(pg.ConstraintName) ?? "The same data was written at the same time by someone else."),
                PostgresErrorCodes.ForeignKeyViolation => new DomainRuleException(
                    DomainRules.ReferencedElsewhere, "The change would break a reference held by other data."),
                _ => ex,
            };
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}

using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Persistence;

/// <summary>
/// Serialises changes to the shape of the organisation tree (create, move, close, delete). They are rare, and each
/// reads paths that a concurrent move could rewrite; a transaction-scoped advisory lock keeps the paths consistent.
/// </summary>
public static class OrganisationTreeLock
{
    private const long LockKey = 0x474F5654_52454531; // "GOVTREE1"

    public static Task LockOrganisationTreeAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
}

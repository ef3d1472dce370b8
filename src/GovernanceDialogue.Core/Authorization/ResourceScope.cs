using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Authorization;

/// <summary>
/// Where in the organisation an action happens, so a scoped role can be checked against it. A message names its scope;
/// the scope knows how to find the units' paths (one query).
/// </summary>
public abstract record ResourceScope
{
    /// <summary>The action concerns no particular unit (users, tokens, a new city).</summary>
    public static readonly ResourceScope Global = new GlobalScope();

    /// <summary>The action touches these units (all must be allowed). Null ids are ignored.</summary>
    public static ResourceScope Units(params Guid?[] unitIds)
    {
        var ids = unitIds.OfType<Guid>().Distinct().ToArray();
        return ids.Length == 0 ? Global : new UnitsScope(ids);
    }

    /// <summary>The units in scope, primary first, with their materialised paths; null when the scope is global.</summary>
    internal abstract Task<IReadOnlyList<ScopeUnit>?> ResolveAsync(AppDbContext db, CancellationToken cancellationToken);

    private sealed record GlobalScope : ResourceScope
    {
        internal override Task<IReadOnlyList<ScopeUnit>?> ResolveAsync(AppDbContext db, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ScopeUnit>?>(null);
    }

    private sealed record UnitsScope(Guid[] Ids) : ResourceScope
    {
        internal override async Task<IReadOnlyList<ScopeUnit>?> ResolveAsync(AppDbContext db, CancellationToken cancellationToken)
        {
            var found = await db.Units.AsNoTracking().Where(u => Ids.Contains(u.Id))
                .Select(u => new ScopeUnit(u.Id, u.Path)).ToDictionaryAsync(u => u.Id, cancellationToken);
            return Ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
        }
    }
}

/// <summary>A unit an action touches, with its path for subtree checks.</summary>
public sealed record ScopeUnit(Guid Id, string Path);

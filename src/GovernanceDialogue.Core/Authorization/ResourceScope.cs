using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Features.Units;
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

    /// <summary>The action is on these units (named in the route): all must exist (else 404) and be allowed. Null ids are ignored.</summary>
    public static ResourceScope Units(params Guid?[] unitIds)
    {
        var ids = unitIds.OfType<Guid>().Distinct().ToArray();
        return ids.Length == 0 ? Global : new UnitsScope(ids, []);
    }

    /// <summary>
    /// The action is on an entity that belongs to a unit (it has <c>Id</c> and <c>UnitId</c>): the entity must exist
    /// (else 404 named <paramref name="resource"/>) and its unit must be allowed.
    /// </summary>
    public static ResourceScope UnitOf<TEntity>(Guid id, string resource, string unitProperty = "UnitId")
        where TEntity : class => new EntityScope<TEntity>(id, resource, unitProperty);

    /// <summary>
    /// The default organisation root when a request names none: the oldest city open today (see
    /// <see cref="DefaultCity"/>). Without one the answer is 404.
    /// </summary>
    public static readonly ResourceScope FirstCity = new FirstCityScope();

    /// <summary>
    /// The action lists what the principal may reach (the handler filters with <see cref="Authorizer.Subtrees"/>): it
    /// passes when the principal holds the permission somewhere, e.g. a token for its own subtree.
    /// </summary>
    public static readonly ResourceScope Anywhere = new UnitsScope([], [Guid.Empty]);

    /// <summary>
    /// The action is on the unit named in the body (e.g. the scope of a new goal picture), which the request must
    /// name. If it exists, the principal must be allowed there. If it is missing or does not exist, the principal
    /// passes when it holds the permission somewhere, and the validator or handler answers 400 naming the field.
    /// </summary>
    public static ResourceScope InBody(Guid? unitId) => new UnitsScope([], [unitId ?? Guid.Empty]);

    /// <summary>
    /// A unit a query or body may name (e.g. <c>?unitId=</c>): none means <paramref name="whenNone"/>; the all-zero id
    /// names nothing, so it is a missing field (<see cref="InBody"/>: the validator answers 400 naming it); any other
    /// must exist (else 404) and be allowed.
    /// </summary>
    public static ResourceScope Named(Guid? unitId, ResourceScope whenNone) => unitId switch
    {
        null => whenNone,
        { } id when id == Guid.Empty => InBody(null),
        { } id => Units(id),
    };

    /// <summary>
    /// The action also reaches this unit (named in the body, e.g. a new parent): it must be allowed if it exists. A
    /// missing one is left to the handler, which answers 400 naming the field; when no unit of the scope exists, the
    /// principal passes the gate if it holds the permission somewhere (so a write token gets that 400, not 403).
    /// </summary>
    public ResourceScope Referencing(Guid? unitId) => unitId is { } id ? WithReferenced(id) : this;

    /// <summary>This scope also reaching <paramref name="unitId"/>; a scope without units of its own becomes just that.</summary>
    private protected virtual ResourceScope WithReferenced(Guid unitId) => new UnitsScope([], [unitId]);

    /// <summary>The units in scope, primary first, with their materialised paths (null when the scope is global).</summary>
    internal abstract Task<ResolvedScope> ResolveAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken);

    private sealed record GlobalScope : ResourceScope
    {
        internal override Task<ResolvedScope> ResolveAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken) =>
            Task.FromResult(new ResolvedScope(null, false));
    }

    private sealed record UnitsScope(Guid[] Required, Guid[] Referenced) : ResourceScope
    {
        private protected override ResourceScope WithReferenced(Guid unitId) => this with { Referenced = [.. Referenced, unitId] };

        internal override async Task<ResolvedScope> ResolveAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
        {
            var ids = Required.Concat(Referenced).Distinct().ToArray();
            var found = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))
                .Select(u => new ScopeUnit(u.Id, u.Path)).ToDictionaryAsync(u => u.Id, cancellationToken);
            if (Required.Where(id => !found.ContainsKey(id)).Select(id => (Guid?)id).FirstOrDefault() is { } missing)
            {
                throw new NotFoundException("Unit", missing);
            }

            return new ResolvedScope(ids.Where(found.ContainsKey).Select(id => found[id]).ToList(), Referenced.Any(id => !found.ContainsKey(id)));
        }
    }
}

internal sealed record FirstCityScope : ResourceScope
{
    internal override async Task<ResolvedScope> ResolveAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var city = await db.Units.AsNoTracking().OpenCitiesOldestFirst(today).Select(u => new ScopeUnit(u.Id, u.Path)).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("City", "(no open city)");
        return new ResolvedScope([city], false);
    }
}

internal sealed record EntityScope<TEntity>(Guid Id, string Resource, string UnitProperty) : ResourceScope
    where TEntity : class
{
    /// <summary>Units the action also reaches besides the entity's own (<see cref="ResourceScope.Referencing"/>).</summary>
    public Guid[] Referenced { get; init; } = [];

    internal override async Task<ResolvedScope> ResolveAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var unitId = await db.Set<TEntity>().AsNoTracking()
            .Where(e => EF.Property<Guid>(e, nameof(Id)) == Id)
            .Select(e => (Guid?)EF.Property<Guid>(e, UnitProperty))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Resource, Id);
        var scope = Referenced.Aggregate(Units(unitId), (units, referenced) => units.Referencing(referenced));
        return await scope.ResolveAsync(db, today, cancellationToken);
    }

    private protected override ResourceScope WithReferenced(Guid unitId) => this with { Referenced = [.. Referenced, unitId] };
}

/// <summary>A unit an action touches, with its path for subtree checks.</summary>
public sealed record ScopeUnit(Guid Id, string Path);

/// <summary>
/// The units a scope resolved to (null: global), and whether a unit named in the body was missing or does not exist
/// (then the handler answers 400 on that field, and the gate only asks whether the principal may act at all).
/// </summary>
internal sealed record ResolvedScope(IReadOnlyList<ScopeUnit>? Units, bool MissingReference);

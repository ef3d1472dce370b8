using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Audit;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;

namespace GovernanceDialogue.Core.Authorization;

/// <summary>
/// Decides, from <see cref="PermissionMatrix"/>, whether the current principal may do something somewhere. The
/// pipeline asks it for every message; handlers ask it again only to shape answers (e.g. include a draft or not).
/// </summary>
public sealed class Authorizer(CurrentUser user, AppDbContext db, TimeProvider clock)
{
    private readonly Dictionary<Guid, string> resolvedPaths = [];

    /// <summary>Throws 401 (nobody signed in) or 403 (not allowed here); returns the units in scope, primary first.</summary>
    public async Task<IReadOnlyList<ScopeUnit>?> EnsureAsync(Permission permission, ResourceScope scope, CancellationToken cancellationToken)
    {
        var rule = PermissionMatrix.For(permission);
        var (units, missingReference) = await scope.ResolveAsync(db, clock.Today(), cancellationToken);
        foreach (var unit in units ?? [])
        {
            resolvedPaths[unit.Id] = unit.Path;
        }

        if (user.Kind == ActorKind.System || rule.Anonymous)
        {
            return units;
        }

        if (user.Kind == ActorKind.Anonymous)
        {
            throw new UnauthorizedException();
        }

        if (!Allows(rule, units?.Select(u => u.Path).ToList(), missingReference))
        {
            throw new ForbiddenException(permission.ToString());
        }

        return units;
    }

    /// <summary>
    /// The path of a unit the gate resolved for this request's message (its scope named the unit), so that the handler
    /// need not read it again. A handler asks only for a unit its message's scope names; anything else is a bug.
    /// </summary>
    public string ResolvedPath(Guid unitId) => resolvedPaths.TryGetValue(unitId, out var path)
        ? path
        : throw new InvalidOperationException($"The gate resolved no unit {unitId}: the message's scope must name it.");

    /// <summary>Whether the principal may do <paramref name="permission"/> on the unit with this path (null: no particular unit).</summary>
    public bool Can(Permission permission, string? unitPath)
    {
        var rule = PermissionMatrix.For(permission);
        return user.Kind == ActorKind.System || rule.Anonymous
            || (user.Kind != ActorKind.Anonymous && Allows(rule, unitPath is null ? null : [unitPath]));
    }

    /// <summary>
    /// Where the principal may do <paramref name="permission"/>, for filtering lists in SQL: null means everywhere,
    /// otherwise the subtree paths (possibly none).
    /// </summary>
    public IReadOnlyList<string>? Subtrees(Permission permission)
    {
        var rule = PermissionMatrix.For(permission);
        if (user.Kind == ActorKind.System || rule.Anonymous || (rule.SignedIn && user.Kind != ActorKind.Anonymous))
        {
            return null;
        }

        if (user.Kind == ActorKind.Token)
        {
            return (user.TokenScopes & rule.Token) != 0 ? [user.TokenUnitPath!] : [];
        }

        if (user.Grants.Any(g => rule.Global.Contains(g.Role)))
        {
            return null;
        }

        return user.Grants.Where(g => rule.Scoped.Contains(g.Role) && g.UnitPath is not null).Select(g => g.UnitPath!).Distinct().ToList();
    }

    /// <param name="rule">The permission's rule.</param>
    /// <param name="paths">The paths of the units in scope (null: global).</param>
    /// <param name="missingReference">
    /// A unit named in the body is missing or does not exist. When no unit of the scope is left to check, it is enough
    /// that the principal holds the permission somewhere: the request is then refused with 400 on that field, as it is
    /// for anyone else, instead of a 403 that only says the missing unit lies in nobody's subtree.
    /// </param>
    private bool Allows(PermissionRule rule, IReadOnlyList<string>? paths, bool missingReference = false)
    {
        if (rule.SignedIn)
        {
            return true;
        }

        var anywhere = rule.AnyScope || (missingReference && paths is not { Count: > 0 });
        if (user.Kind == ActorKind.Token)
        {
            return (user.TokenScopes & rule.Token) != 0
                && (anywhere || (paths is { Count: > 0 } && paths.All(p => p.StartsWith(user.TokenUnitPath!, StringComparison.Ordinal))));
        }

        if (user.Grants.Any(g => rule.Global.Contains(g.Role)))
        {
            return true;
        }

        var scoped = user.Grants.Where(g => rule.Scoped.Contains(g.Role) && g.UnitPath is not null).ToList();
        if (anywhere)
        {
            return scoped.Count > 0;
        }

        return paths is { Count: > 0 } && paths.All(path => scoped.Any(g => path.StartsWith(g.UnitPath!, StringComparison.Ordinal)));
    }
}

using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Authorization;

/// <summary>
/// Turns an authenticated request into the <see cref="CurrentUser"/> of its scope: a user with their grants (and the
/// units' paths), or a token with its scopes and subtree. Inactive users and unusable tokens load as nobody.
/// </summary>
public sealed class PrincipalLoader(AppDbContext db, CurrentUser current, TimeProvider clock)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>The active user with their grants, in one query (it runs on every signed-in request).</summary>
    public async Task<bool> LoadUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && u.IsActive)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                Grants = (
                    from assignment in db.RoleAssignments
                    where assignment.UserId == u.Id
                    from unit in db.Units.Where(x => x.Id == assignment.UnitId).DefaultIfEmpty()
                    select new Grant(assignment.Role, assignment.UnitId, unit == null ? null : unit.Path)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return false;
        }

        current.SetUser(user.Id, user.DisplayName, user.Grants);
        return true;
    }

    /// <summary>Finds the token by the hash of its secret; records its use (at most once a minute).</summary>
    public async Task<bool> LoadTokenAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = ApiToken.Hash(secret);
        var now = clock.GetUtcNow();
        var found = await db.ApiTokens.AsNoTracking()
            .Where(t => t.SecretHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Select(t => new { t.Id, t.Name, t.Scopes, t.UnitId, t.LastUsedAt, UnitPath = db.Units.Where(u => u.Id == t.UnitId).Select(u => u.Path).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        if (found.LastUsedAt is null || found.LastUsedAt < now - LastUsedResolution)
        {
            await db.ApiTokens.Where(t => t.Id == found.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        current.SetToken(found.Id, found.Name, found.Scopes, found.UnitId, found.UnitPath);
        return true;
    }
}

using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Audit;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Tokens;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Account;

/// <summary>Who am I: the signed-in user with their role assignments, or the token with its scopes and subtree.</summary>
public static class GetMe
{
    public sealed record Query : IQuery<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadOwnAccount;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    /// <summary>The caller. For a user: e-mail and assignments; for a token: scopes, subtree and expiry.</summary>
    public sealed record Response(
        ActorKind Kind,
        string Id,
        string DisplayName,
        string? Email,
        IReadOnlyList<AssignmentDto> Assignments,
        IReadOnlyList<string> TokenScopes,
        Guid? TokenUnitId,
        DateTimeOffset? TokenExpiresAt);

    public sealed class Handler(AppDbContext db, CurrentUser me) : IQueryHandler<Query, Response>
    {
        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            if (me.Kind == ActorKind.Token)
            {
                var tokenId = Guid.Parse(me.Id!);
                var expires = await db.ApiTokens.Where(t => t.Id == tokenId).Select(t => t.ExpiresAt).SingleAsync(cancellationToken);
                return new Response(me.Kind, me.Id!, me.DisplayName, null, [], TokenDto.ScopeNames(me.TokenScopes), me.TokenUnitId, expires);
            }

            var userId = Guid.Parse(me.Id!);
            var user = await db.Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new
                {
                    u.Email,
                    Assignments = db.RoleAssignments.Where(a => a.UserId == u.Id).OrderBy(a => a.Role)
                        .Select(a => new AssignmentDto(a.Id, a.Role, a.UnitId, db.Units.Where(x => x.Id == a.UnitId).Select(x => x.Name).FirstOrDefault()))
                        .ToList(),
                })
                .SingleAsync(cancellationToken);
            return new Response(me.Kind, me.Id!, me.DisplayName, user.Email, user.Assignments, [], null, null);
        }
    }
}

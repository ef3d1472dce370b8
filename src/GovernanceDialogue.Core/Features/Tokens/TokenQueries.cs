using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;

namespace GovernanceDialogue.Core.Features.Tokens;

internal static class TokenQueries
{
    public static IQueryable<TokenDto> ProjectToDto(this IQueryable<ApiToken> tokens, AppDbContext db) =>
        tokens.Select(t => new
        {
            Token = t,
            UnitName = db.Units.Where(u => u.Id == t.UnitId).Select(u => u.Name).Single(),
        })
            .Select(x => new TokenDto(
                x.Token.Id, x.Token.Name,
                // Named from the column's value after reading (one query all the same).
                TokenDto.ScopeNames(x.Token.Scopes),
                x.Token.UnitId, x.UnitName, x.Token.Hint, x.Token.CreatedAt, x.Token.CreatedBy, x.Token.ExpiresAt,
                x.Token.RevokedAt, x.Token.LastUsedAt));
}

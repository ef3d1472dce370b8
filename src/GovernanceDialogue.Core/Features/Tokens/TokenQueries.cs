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
                // Scopes are two flags; spelled out here so the projection stays in SQL.
                x.Token.Scopes == TokenScopes.Read ? new List<string> { TokenDto.Read }
                    : x.Token.Scopes == TokenScopes.Write ? new List<string> { TokenDto.Write }
                    : new List<string> { TokenDto.Read, TokenDto.Write },
                x.Token.UnitId, x.UnitName, x.Token.Hint, x.Token.CreatedAt, x.Token.CreatedBy, x.Token.ExpiresAt,
                x.Token.RevokedAt, x.Token.LastUsedAt));
}

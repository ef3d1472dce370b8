using GovernanceDialogue.Core.Domain.Identity;

namespace GovernanceDialogue.Core.Features.Tokens;

/// <summary>An integrator token as administrators see it (never its secret).</summary>
/// <param name="Id">The token's id.</param>
/// <param name="Name">What it is for, e.g. "HR-systemet".</param>
/// <param name="Scopes">"read", "write" and/or "webhooks".</param>
/// <param name="UnitId">The token works for this unit and its subtree.</param>
/// <param name="UnitName">That unit's name.</param>
/// <param name="Hint">The first characters of the secret, to recognise it.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="RevokedAt">When it was revoked, if it was.</param>
/// <param name="LastUsedAt">Last request made with it (to the minute).</param>
public sealed record TokenDto(
    Guid Id,
    string Name,
    IReadOnlyList<string> Scopes,
    Guid UnitId,
    string UnitName,
    string Hint,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Webhooks = "webhooks";

    private static readonly (TokenScopes Scope, string Name)[] Names = [(TokenScopes.Read, Read), (TokenScopes.Write, Write), (TokenScopes.Webhooks, Webhooks)];

    public static IReadOnlyList<string> ScopeNames(TokenScopes scopes) => [.. Names.Where(n => scopes.HasFlag(n.Scope)).Select(n => n.Name)];

    public static TokenScopes ParseScopes(IEnumerable<string> names) =>
        names.Aggregate(TokenScopes.None, (all, name) => all | (name.Trim().ToLowerInvariant() switch
        {
            Read => TokenScopes.Read,
            Write => TokenScopes.Write,
            Webhooks => TokenScopes.Webhooks,
            _ => TokenScopes.None,
        }));
}

using GovernanceDialogue.Core.Domain.Audit;
using GovernanceDialogue.Core.Domain.Identity;

namespace GovernanceDialogue.Core.Common;

/// <summary>A role held for a unit (or globally), with the unit's path so subtree checks need no query.</summary>
public sealed record Grant(Role Role, Guid? UnitId, string? UnitPath);

/// <summary>
/// The acting principal of the current scope. The web host fills it per request (a signed-in user with their
/// grants, or a token); jobs and seeding act as the system. Read by <see cref="Authorization.Authorizer"/> and the audit trail.
/// </summary>
public sealed class CurrentUser : ICurrentUser
{
    public const string SystemName = "System";

    public ActorKind Kind { get; private set; } = ActorKind.Anonymous;

    public string? Id { get; private set; }

    public string DisplayName { get; private set; } = "Anonymous";

    /// <summary>The signed-in person's id; null for tokens, the system and anonymous callers.</summary>
    public Guid? UserId => Kind == ActorKind.User && Guid.TryParse(Id, out var id) ? id : null;

    public IReadOnlyList<Grant> Grants { get; private set; } = [];

    public TokenScopes TokenScopes { get; private set; }

    public Guid? TokenUnitId { get; private set; }

    public string? TokenUnitPath { get; private set; }

    public void SetUser(Guid userId, string displayName, IReadOnlyList<Grant> grants)
    {
        Reset(ActorKind.User, userId.ToString(), displayName);
        Grants = grants;
    }

    public void SetToken(Guid tokenId, string name, TokenScopes scopes, Guid unitId, string unitPath)
    {
        Reset(ActorKind.Token, tokenId.ToString(), $"API token: {name}");
        TokenScopes = scopes;
        TokenUnitId = unitId;
        TokenUnitPath = unitPath;
    }

    public void SetSystem() => Reset(ActorKind.System, null, SystemName);

    private void Reset(ActorKind kind, string? id, string displayName)
    {
        Kind = kind;
        Id = id;
        DisplayName = displayName;
        Grants = [];
        TokenScopes = TokenScopes.None;
        TokenUnitId = null;
        TokenUnitPath = null;
    }
}

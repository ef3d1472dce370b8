using GovernanceDialogue.Core.Domain.Identity;

namespace GovernanceDialogue.Core.Authorization;

/// <summary>
/// Who may do what: the one table the API, the pages and the jobs all pass through (via <see cref="Authorizer"/>).
/// docs/security.md shows the same table; a test keeps the two in step.
/// </summary>
public static class PermissionMatrix
{
    private static readonly Role[] Leaders = [Role.Executive, Role.UnitManager];
    private static readonly Role[] Readers = [Role.Executive, Role.UnitManager, Role.Politician];

    public static IReadOnlyDictionary<Permission, PermissionRule> Rules { get; } = new Dictionary<Permission, PermissionRule>
    {
        [Permission.Anonymous] = PermissionRule.Public,
        [Permission.ReadOrganisation] = PermissionRule.Public,
        [Permission.ReadPublishedMission] = PermissionRule.Public,
        [Permission.ReadOwnAccount] = PermissionRule.AnyoneSignedIn,
        [Permission.ManageOrganisation] = new(Anonymous: false, Global: [Role.Administrator], Scoped: [], Token: TokenScopes.Write),
        [Permission.ReadMissionDraft] = new(Anonymous: false, Global: [], Scoped: Leaders, Token: TokenScopes.Write),
        [Permission.EditMission] = new(Anonymous: false, Global: [], Scoped: Leaders, Token: TokenScopes.Write),
        [Permission.ReadGoalPictures] = PermissionRule.Public,
        [Permission.EditGoalPicture] = new(Anonymous: false, Global: [], Scoped: [Role.Executive], Token: TokenScopes.None),
        [Permission.ReadAnalyses] = new(Anonymous: false, Global: [], Scoped: Readers, Token: TokenScopes.Read),
        [Permission.EditAnalysis] = new(Anonymous: false, Global: [], Scoped: Leaders, Token: TokenScopes.Write),
        [Permission.ReadGoals] = new(Anonymous: false, Global: [], Scoped: Readers, Token: TokenScopes.Read),
        [Permission.EditGoals] = new(Anonymous: false, Global: [], Scoped: Leaders, Token: TokenScopes.Write),
        [Permission.ManageGoalPolicy] = new(Anonymous: false, Global: [Role.Administrator], Scoped: [], Token: TokenScopes.None),
        [Permission.Search] = PermissionRule.Public,
        [Permission.ReadTemplates] = new(Anonymous: false, Global: [Role.Administrator], Scoped: Leaders, Token: TokenScopes.None, AnyScope: true),
        [Permission.ManageTemplates] = new(Anonymous: false, Global: [Role.Administrator], Scoped: [], Token: TokenScopes.None),
        [Permission.ReadWheel] = new(Anonymous: false, Global: [Role.Administrator], Scoped: Leaders, Token: TokenScopes.Read, AnyScope: true),
        [Permission.ManageWheel] = new(Anonymous: false, Global: [Role.Administrator], Scoped: [], Token: TokenScopes.None),
        [Permission.ReadCycles] = PermissionRule.AnyoneSignedIn,
        [Permission.ManageCycles] = new(Anonymous: false, Global: [Role.Administrator], Scoped: [Role.Executive], Token: TokenScopes.None),
        [Permission.ReadCycleProgress] = new(Anonymous: false, Global: [Role.Administrator], Scoped: [Role.Executive], Token: TokenScopes.Read),
        [Permission.ReadDialogue] = new(Anonymous: false, Global: [], Scoped: Leaders, Token: TokenScopes.None),
        [Permission.PrepareDialogue] = new(Anonymous: false, Global: [], Scoped: [Role.UnitManager], Token: TokenScopes.None),
        [Permission.LeadDialogue] = new(Anonymous: false, Global: [], Scoped: [Role.Executive], Token: TokenScopes.None),
        [Permission.ReadAgreements] = new(Anonymous: false, Global: [], Scoped: Leaders, Token: TokenScopes.Read),
        [Permission.EditAgreements] = new(Anonymous: false, Global: [], Scoped: Leaders, Token: TokenScopes.None),
        [Permission.ReadSummaryDrafts] = new(Anonymous: false, Global: [], Scoped: [Role.Executive], Token: TokenScopes.None),
        [Permission.EditSummaries] = new(Anonymous: false, Global: [], Scoped: [Role.Executive], Token: TokenScopes.None),
        [Permission.ReadPublishedSummaries] = PermissionRule.Public,
        [Permission.ReadLessons] = PermissionRule.Public,
        [Permission.EditLessons] = new(Anonymous: false, Global: [], Scoped: Leaders, Token: TokenScopes.None),
        [Permission.NominateFailure] = new(Anonymous: false, Global: [], Scoped: Readers, Token: TokenScopes.None, AnyScope: true),
        [Permission.DecideFailureAward] = new(Anonymous: false, Global: [], Scoped: [Role.Executive], Token: TokenScopes.None),
        [Permission.ReadCollaborations] = new(Anonymous: false, Global: [], Scoped: Readers, Token: TokenScopes.Read, AnyScope: true),
        [Permission.EditCollaborations] = new(Anonymous: false, Global: [], Scoped: Leaders, Token: TokenScopes.None),
        [Permission.ManageWebhooks] = new(Anonymous: false, Global: [Role.Administrator], Scoped: [], Token: TokenScopes.Webhooks),
        [Permission.OperateJobs] = new(Anonymous: false, Global: [Role.Administrator], Scoped: [], Token: TokenScopes.None),
        [Permission.ReadUnitHistory] = new(Anonymous: false, Global: [Role.Administrator], Scoped: Leaders, Token: TokenScopes.None),
        [Permission.ManageUsers] = new(Anonymous: false, Global: [Role.Administrator], Scoped: [], Token: TokenScopes.None),
        [Permission.ManageTokens] = new(Anonymous: false, Global: [Role.Administrator], Scoped: [], Token: TokenScopes.None),
        [Permission.ReadAudit] = new(Anonymous: false, Global: [Role.Administrator], Scoped: [], Token: TokenScopes.None),
    };

    public static PermissionRule For(Permission permission) =>
        Rules.TryGetValue(permission, out var rule) ? rule : throw new InvalidOperationException($"No rule for {permission}.");
}

/// <summary>
/// One permission's rule. <paramref name="Global"/> roles allow it everywhere; <paramref name="Scoped"/> roles allow it
/// in the subtree of the unit they are held for; a token needs one of the <paramref name="Token"/> scopes and the unit
/// in its subtree. <paramref name="AnyScope"/>: the permission concerns no unit, so holding a scoped role anywhere is enough.
/// <paramref name="SignedIn"/>: any signed-in user or valid token, whatever roles it holds.
/// </summary>
public sealed record PermissionRule(bool Anonymous, Role[] Global, Role[] Scoped, TokenScopes Token, bool AnyScope = false, bool SignedIn = false)
{
    public static readonly PermissionRule Public = new(Anonymous: true, Global: [], Scoped: [], Token: TokenScopes.None);

    public static readonly PermissionRule AnyoneSignedIn = new(Anonymous: false, Global: [], Scoped: [], Token: TokenScopes.Read | TokenScopes.Write, SignedIn: true);
}

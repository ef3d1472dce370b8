using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Persistence;

/// <summary>
/// Names of the unique constraints that guard "one per" rules, and the domain rule each one stands for, so a race
/// that slips past a handler's check still answers with the same 409 as the check itself.
/// </summary>
public static class ConstraintRules
{
    public const string UnitShortCode = "ux_units_short_code";
    public const string UnitExternalId = "ux_units_external_id";
    public const string MissionVersionNumber = "ux_mission_versions_unit_id_number";
    public const string RoleAssignmentUnique = "ux_role_assignments_user_role_unit";
    public const string UserName = "UserNameIndex";

    private static readonly Dictionary<string, (string Rule, string Message)> Rules = new()
    {
        [UnitShortCode] = (DomainRules.UnitShortCodeTaken, "Another unit already uses this short code."),
        [UnitExternalId] = (DomainRules.UnitExternalIdTaken, "Another unit already uses this external id."),
        [UserName] = (DomainRules.UserEmailTaken, "Another user already has this e-mail address."),
        [RoleAssignmentUnique] = (DomainRules.RoleAlreadyAssigned, "The user already holds this role for this unit."),
        [MissionVersionNumber] = (DomainRules.ConcurrentChange, "The mission was published by someone else at the same time."),
    };

    public static string? RuleFor(string? constraint) =>
        constraint is not null && Rules.TryGetValue(constraint, out var r) ? r.Rule : null;

    public static string? MessageFor(string? constraint) =>
        constraint is not null && Rules.TryGetValue(constraint, out var r) ? r.Message : null;
}

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
    public const string GoalPictureNumber = "ux_goal_pictures_unit_number";
    public const string GoalPictureCurrent = "ux_goal_pictures_one_current";
    public const string GoalPictureDraft = "ux_goal_pictures_one_draft";
    public const string AnalysisPeriod = "ux_analyses_unit_period";
    public const string ObservationKpiPeriod = "ux_observations_analysis_kpi_period";
    public const string GoalSetPeriod = "ux_goal_sets_unit_period";
    public const string TemplateOneDefault = "ux_dialogue_templates_one_default";
    public const string TemplateVersionNumber = "ux_dialogue_template_versions_template_number";
    public const string WheelScope = "ux_wheel_schedules_scope";
    public const string CycleWheelKey = "ux_dialogue_cycles_scope_year_wheel_key";
    public const string DialogueCycleUnit = "ux_dialogues_cycle_unit";
    public const string CycleRollupUnit = "ux_cycle_rollups_cycle_unit";
    public const string NotificationOnce = "ux_notifications_recipient_kind_subject";

    private static readonly Dictionary<string, (string Rule, string Message)> Rules = new()
    {
        [UnitShortCode] = (DomainRules.UnitShortCodeTaken, "Another unit already uses this short code."),
        [UnitExternalId] = (DomainRules.UnitExternalIdTaken, "Another unit already uses this external id."),
        [UserName] = (DomainRules.UserEmailTaken, "Another user already has this e-mail address."),
        [GoalPictureNumber] = (DomainRules.ConcurrentChange, "Someone else created a goal picture for this scope at the same time."),
        [GoalPictureCurrent] = (DomainRules.GoalPictureAlreadyAdopted, "The scope already has an adopted goal picture."),
        [GoalPictureDraft] = (DomainRules.GoalPictureDraftExists, "This scope already has a draft goal picture."),
        [AnalysisPeriod] = (DomainRules.AnalysisExists, "The unit already has an analysis for this period."),
        [ObservationKpiPeriod] = (DomainRules.ConcurrentChange, "The same key figure was imported at the same time by someone else."),
        [GoalSetPeriod] = (DomainRules.ConcurrentChange, "Someone else started this unit's goals for the period at the same time."),
        [TemplateOneDefault] = (DomainRules.ConcurrentChange, "Someone else changed the default template at the same time."),
        [TemplateVersionNumber] = (DomainRules.ConcurrentChange, "Someone else changed the template at the same time."),
        [WheelScope] = (DomainRules.ConcurrentChange, "Someone else created this scope's yearly wheel at the same time."),
        [CycleWheelKey] = (DomainRules.ConcurrentChange, "This wheel cycle was created by someone else at the same time."),
        [DialogueCycleUnit] = (DomainRules.ConcurrentChange, "The cycle's dialogues were created by someone else at the same time."),
        [CycleRollupUnit] = (DomainRules.ConcurrentChange, "The cycle's figures were prepared by someone else at the same time."),
        [RoleAssignmentUnique] = (DomainRules.RoleAlreadyAssigned, "The user already holds this role for this unit."),
        [MissionVersionNumber] = (DomainRules.ConcurrentChange, "The mission was published by someone else at the same time."),
    };

    public static string? RuleFor(string? constraint) =>
        constraint is not null && Rules.TryGetValue(constraint, out var r) ? r.Rule : null;

    public static string? MessageFor(string? constraint) =>
        constraint is not null && Rules.TryGetValue(constraint, out var r) ? r.Message : null;
}

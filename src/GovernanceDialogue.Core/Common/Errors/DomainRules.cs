namespace GovernanceDialogue.Core.Common.Errors;

/// <summary>
/// The stable names of every business rule that can refuse a change. Integrators branch on these
/// (they appear as the last segment of the problem <c>type</c>), so never rename one.
/// </summary>
public static class DomainRules
{
    public const string UnitInvalidParent = "unit-invalid-parent";
    public const string UnitMoveCycle = "unit-move-cycle";
    public const string UnitClosed = "unit-closed";
    public const string UnitHasActiveChildren = "unit-has-active-children";
    public const string UnitHasHistory = "unit-has-history";
    public const string UnitShortCodeTaken = "unit-short-code-taken";
    public const string UnitExternalIdTaken = "unit-external-id-taken";
    public const string UnitInvalidValidity = "unit-invalid-validity";
    public const string MissionIncomplete = "mission-incomplete";
    public const string MissionNothingToPublish = "mission-nothing-to-publish";
    public const string RoleNotAssignable = "role-not-assignable";
    public const string RoleScopeInvalid = "role-scope-invalid";
    public const string RoleAlreadyAssigned = "role-already-assigned";
    public const string LastAdministrator = "last-administrator";
    public const string UserEmailTaken = "user-email-taken";
    public const string TokenInvalid = "token-invalid";
    public const string TokenRevoked = "token-revoked";
    public const string GoalPictureScope = "goal-picture-scope";
    public const string GoalPictureDraftExists = "goal-picture-draft-exists";
    public const string GoalPictureNotDraft = "goal-picture-not-draft";
    public const string GoalPictureAlreadyAdopted = "goal-picture-already-adopted";
    public const string GoalPictureNotAdopted = "goal-picture-not-adopted";
    public const string AnalysisExists = "analysis-exists";
    public const string AnalysisCompleted = "analysis-completed";
    public const string AnalysisIncomplete = "analysis-incomplete";
    public const string GoalCapReached = "goal-cap-reached";
    public const string GoalNotActive = "goal-not-active";
    public const string GoalThemeInvalid = "goal-theme-invalid";
    public const string GoalPolicyCity = "goal-policy-city";
    public const string CycleScope = "cycle-scope";
    public const string CycleNotScheduled = "cycle-not-scheduled";
    public const string CycleNotOpen = "cycle-not-open";
    public const string CyclePassed = "cycle-passed";
    public const string CycleOverlaps = "cycle-overlaps";
    public const string DialogueStatus = "dialogue-status";
    public const string DialogueNotSubmitted = "dialogue-not-submitted";
    public const string AgreementClosed = "agreement-closed";
    public const string SummaryScope = "summary-scope";
    public const string SummaryCycleScheduled = "summary-cycle-scheduled";
    public const string SummaryQuoteInvalid = "summary-quote-invalid";
    public const string SummaryNarrativeMissing = "summary-narrative-missing";
    public const string LessonAlreadyShared = "lesson-already-shared";
    public const string LessonNotNominable = "lesson-not-nominable";
    public const string LessonNoDidNotWork = "lesson-no-did-not-work";
    public const string NominationDuplicate = "nomination-duplicate";
    public const string AwardNotShortlisted = "award-not-shortlisted";
    public const string AwardAlreadyDecided = "award-already-decided";
    public const string CollaborationStageUnchanged = "collaboration-stage-unchanged";
    public const string CollaborationEnded = "collaboration-ended";
    public const string ConcurrentChange = "concurrent-change";
    public const string ReferencedElsewhere = "referenced-elsewhere";

    /// <summary>Every rule with a one-line English description, for the API guide and the problem-type page.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        [UnitInvalidParent] = "The parent's kind cannot hold a unit of this kind (a city has no parent; an administration sits under a city; a unit under an administration or another unit).",
        [UnitMoveCycle] = "A unit cannot be moved under itself or under one of its own descendants.",
        [UnitClosed] = "The unit (or the intended parent) is closed; closed units take no new children and cannot be moved.",
        [UnitHasActiveChildren] = "A unit cannot close while it still has active child units: close or move them first.",
        [UnitHasHistory] = "A unit with history (children, a published mission, goal pictures, analyses, goals or dialogues) is closed with a valid-to date, never deleted.",
        [UnitShortCodeTaken] = "Another unit already uses this short code.",
        [UnitExternalIdTaken] = "Another unit already uses this external id.",
        [UnitInvalidValidity] = "The valid-to date must not be earlier than the valid-from date.",
        [MissionIncomplete] = "A mission needs its assignment text and its plain-language summary before it can be published.",
        [MissionNothingToPublish] = "The draft has no changes since the last published version.",
        [RoleNotAssignable] = "The Integrator role belongs to API tokens; people hold Administrator, Executive, UnitManager or Politician.",
        [RoleScopeInvalid] = "Administrator is global (no unit); every other role is held for a unit and its subtree.",
        [RoleAlreadyAssigned] = "The user already holds this role for this unit.",
        [LastAdministrator] = "The last active administrator cannot lose the role or be deactivated: someone must be able to manage users.",
        [UserEmailTaken] = "Another user already has this e-mail address.",
        [TokenInvalid] = "A token needs a scope (read and/or write) and an expiry in the future, at most two years ahead.",
        [TokenRevoked] = "The token is already revoked.",
        [GoalPictureScope] = "Goal pictures belong to a city or an administration, not to a unit.",
        [GoalPictureDraftExists] = "This scope already has a draft goal picture; edit that one.",
        [GoalPictureNotDraft] = "Only a draft goal picture can be changed or adopted.",
        [GoalPictureAlreadyAdopted] = "The scope already has an adopted goal picture: adopting another must name it in replacesId, so two are never current at once.",
        [GoalPictureNotAdopted] = "Only the current adopted goal picture can be published.",
        [AnalysisExists] = "The unit already has an analysis for this period.",
        [AnalysisCompleted] = "The analysis is completed and can no longer change.",
        [AnalysisIncomplete] = "An analysis is completed only with its strengths, challenges and equality perspective written.",
        [GoalCapReached] = "The unit already has as many active prioritised goals as its cap allows for the period: drop or de-prioritise one in the same request (replaces).",
        [GoalNotActive] = "Only an active goal can be ranked, achieved or dropped.",
        [GoalThemeInvalid] = "A goal links only to themes of its own city's current goal picture (or its administration's).",
        [GoalPolicyCity] = "The goal cap is set for a whole city: set it on the city, not on an administration or a unit.",
        [CycleScope] = "Dialogue cycles and yearly wheels belong to a city or an administration, not to a unit.",
        [CycleNotScheduled] = "Only a scheduled cycle (not yet opened) can be opened or have its dates changed.",
        [CycleNotOpen] = "Only an open cycle can be closed, or have its dialogues changed.",
        [CyclePassed] = "The cycle's close date has passed: change its dates before opening it.",
        [CycleOverlaps] = "Another cycle that is not closed covers the same units in an overlapping window: a unit has one dialogue at a time.",
        [DialogueStatus] = "The dialogue is not in the state this step needs (prepare → submit → hold → close; reopening goes one step back).",
        [DialogueNotSubmitted] = "The meeting is recorded for a dialogue whose notes were submitted.",
        [AgreementClosed] = "The agreement is done or dropped and can no longer change.",
        [SummaryScope] = "A cycle's summaries are for its scope and, in a city's cycle, for each administration in it.",
        [SummaryCycleScheduled] = "A summary is built from a cycle's dialogues, so the cycle must have opened first.",
        [SummaryQuoteInvalid] = "A quote must be a passage of a submitted dialogue answer of this cycle and scope, quoted word for word.",
        [SummaryNarrativeMissing] = "A summary needs the executive's narrative before it can be published.",
        [LessonAlreadyShared] = "The lesson is already shared.",
        [LessonNotNominable] = "Only a shared lesson flagged as a failure worth sharing can be nominated for the failure of the year.",
        [LessonNoDidNotWork] = "The dialogue has no answer to \"what did not work\" to turn into a lesson.",
        [NominationDuplicate] = "You have already nominated this lesson this year.",
        [AwardNotShortlisted] = "The winner is chosen from the shortlist: shortlist the nomination first.",
        [AwardAlreadyDecided] = "The city's failure of the year is already decided for this year.",
        [CollaborationStageUnchanged] = "The collaboration is already at this step of Glasbergen's ladder: a stage change moves it to another step.",
        [CollaborationEnded] = "The collaboration has ended: it keeps its record but takes no new stage changes or agreements.",
        [ConcurrentChange] = "Someone else changed the same data at the same time; reload and try again.",
        [ReferencedElsewhere] = "The change would break a reference held by other data.",
    };
}

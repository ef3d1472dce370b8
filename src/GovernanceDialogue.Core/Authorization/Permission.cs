namespace GovernanceDialogue.Core.Authorization;

/// <summary>Every action that is checked. The rules for each live in <see cref="PermissionMatrix"/> (and docs/security.md).</summary>
public enum Permission
{
    /// <summary>Read the organisation tree and units (public: context for the published missions).</summary>
    ReadOrganisation,

    /// <summary>Create, rename, move, close and delete units.</summary>
    ManageOrganisation,

    /// <summary>Read published missions (public).</summary>
    ReadPublishedMission,

    /// <summary>Read the working draft of a mission.</summary>
    ReadMissionDraft,

    /// <summary>Edit and publish a mission.</summary>
    EditMission,

    /// <summary>Read goal pictures (public once published; handlers show drafts only to their editors).</summary>
    ReadGoalPictures,

    /// <summary>Draft, adopt and publish the goal picture of a city or an administration.</summary>
    EditGoalPicture,

    /// <summary>Read current-state analyses (handlers show drafts only to their editors).</summary>
    ReadAnalyses,

    /// <summary>Write an analysis, its evidence, and complete it.</summary>
    EditAnalysis,

    /// <summary>Read prioritised goals, the stop log and the line of sight.</summary>
    ReadGoals,

    /// <summary>Add, change, rank, achieve and drop prioritised goals.</summary>
    EditGoals,

    /// <summary>Set a city's goal cap (how many active goals a unit may have per period): administrators only.</summary>
    ManageGoalPolicy,

    /// <summary>Search (public; every kind of result is filtered by what the caller may read).</summary>
    Search,

    /// <summary>Read the dialogue templates (question sets).</summary>
    ReadTemplates,

    /// <summary>Create and revise dialogue templates.</summary>
    ManageTemplates,

    /// <summary>Read the yearly wheels (årshjul).</summary>
    ReadWheel,

    /// <summary>Set the yearly wheel of a city or an administration.</summary>
    ManageWheel,

    /// <summary>Read dialogue cycles: names, dates and status (not their dialogues).</summary>
    ReadCycles,

    /// <summary>Create a cycle by hand, change a scheduled one, open and close cycles.</summary>
    ManageCycles,

    /// <summary>Follow a cycle's progress in a part of the organisation: dialogues by status, who is overdue (never the notes).</summary>
    ReadCycleProgress,

    /// <summary>Read a dialogue with its notes: the unit's manager and the executives above it.</summary>
    ReadDialogue,

    /// <summary>Write and submit a dialogue's preparation notes: the unit's manager.</summary>
    PrepareDialogue,

    /// <summary>Record the meeting, make agreements, close and reopen a dialogue: the executives above the unit.</summary>
    LeadDialogue,

    /// <summary>Read agreements.</summary>
    ReadAgreements,

    /// <summary>Follow up agreements: notes, done, dropped, revised.</summary>
    EditAgreements,

    /// <summary>Read a summary's draft with the generated facts and the dialogue answers it may quote: the executives of its scope.</summary>
    ReadSummaryDrafts,

    /// <summary>Generate, regenerate, write and publish a summary: the executives of its scope.</summary>
    EditSummaries,

    /// <summary>Read published summaries (everyone, without signing in).</summary>
    ReadPublishedSummaries,

    /// <summary>Read lessons (public; handlers show each lesson only at its visibility, drafts only to its editors).</summary>
    ReadLessons,

    /// <summary>Write, revise and share a unit's lessons, and turn a dialogue's "what did not work" into one.</summary>
    EditLessons,

    /// <summary>Nominate a shared failure for the failure of the year (anyone with a role for a unit).</summary>
    NominateFailure,

    /// <summary>Shortlist nominations and decide the failure of the year (a city's executives).</summary>
    DecideFailureAward,

    /// <summary>Read collaborations (samverkan) with their stage history and agreements: anyone with a role for some unit, and read tokens.</summary>
    ReadCollaborations,

    /// <summary>Start a collaboration, revise it, move it on Glasbergen's ladder and record its agreements: the lead unit's leaders.</summary>
    EditCollaborations,

    /// <summary>Manage webhook subscriptions and read and redeliver their deliveries: administrators, and tokens with the webhooks scope in their subtree.</summary>
    ManageWebhooks,

    /// <summary>Operate the background jobs (the Hangfire dashboard).</summary>
    OperateJobs,

    /// <summary>Read the change history of a unit (its audit trail).</summary>
    ReadUnitHistory,

    /// <summary>Create users, invite them, give and take roles.</summary>
    ManageUsers,

    /// <summary>Create and revoke integrator tokens.</summary>
    ManageTokens,

    /// <summary>Read the whole audit trail.</summary>
    ReadAudit,

    /// <summary>Read who one is and what one may do (any signed-in user or token).</summary>
    ReadOwnAccount,

    /// <summary>Things anyone may do without signing in, e.g. accept an invitation.</summary>
    Anonymous,
}

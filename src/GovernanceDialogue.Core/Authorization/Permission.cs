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

namespace GovernanceDialogue.Core.Common;

/// <summary>Who is acting: a signed-in person, an integrator token, or the system (jobs, seeding).</summary>
public interface ICurrentUser
{
    /// <summary>Stable id of the acting principal, or null when anonymous or the system.</summary>
    string? Id { get; }

    /// <summary>Name shown in histories ("published by").</summary>
    string DisplayName { get; }

    /// <summary>True for background work and seeding started by the application itself.</summary>
    bool IsSystem { get; }
}

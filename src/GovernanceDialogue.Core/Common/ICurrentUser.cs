using GovernanceDialogue.Core.Domain.Audit;

namespace GovernanceDialogue.Core.Common;

/// <summary>Who is acting: a signed-in person, an integrator token, the system (jobs, seeding), or nobody.</summary>
public interface ICurrentUser
{
    ActorKind Kind { get; }

    /// <summary>The user id or token id; null when anonymous or the system.</summary>
    string? Id { get; }

    /// <summary>Name shown in histories ("published by").</summary>
    string DisplayName { get; }

    bool IsSystem => Kind == ActorKind.System;
}

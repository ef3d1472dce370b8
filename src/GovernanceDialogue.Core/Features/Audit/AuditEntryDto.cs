using System.Text.Json;
using GovernanceDialogue.Core.Domain.Audit;

namespace GovernanceDialogue.Core.Features.Audit;

/// <summary>One entry of the audit trail.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="At">When the change was made.</param>
/// <param name="ActorKind">User, Token, System or Anonymous.</param>
/// <param name="ActorId">The user or token id.</param>
/// <param name="ActorName">Who, by name.</param>
/// <param name="Action">The use case, e.g. PublishMission.</param>
/// <param name="EntityType">The primary entity's type, e.g. Mission.</param>
/// <param name="EntityId">The primary entity's id.</param>
/// <param name="UnitId">The unit the action was done for.</param>
/// <param name="Changes">Every changed entity with its fields' old and new values.</param>
public sealed record AuditEntryDto(
    Guid Id,
    DateTimeOffset At,
    ActorKind ActorKind,
    string? ActorId,
    string ActorName,
    string Action,
    string EntityType,
    string EntityId,
    Guid? UnitId,
    JsonElement Changes);

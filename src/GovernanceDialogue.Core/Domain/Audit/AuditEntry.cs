namespace GovernanceDialogue.Core.Domain.Audit;

/// <summary>Who acted.</summary>
public enum ActorKind
{
    Anonymous,
    User,
    Token,
    System,
}

/// <summary>
/// Granskningslogg — one state change: who (user or token), when, what (the entities touched, the primary one first),
/// the action (the command), and every changed field with its old and new value. Append-only: written in the same
/// transaction as the change, never updated or deleted (the database refuses both).
/// </summary>
public sealed class AuditEntry
{
    internal AuditEntry(
        Guid id, DateTimeOffset at, ActorKind actorKind, string? actorId, string actorName, string action,
        string entityType, string entityId, Guid? unitId, string[] entities, string changes)
    {
        Id = id;
        At = at;
        ActorKind = actorKind;
        ActorId = actorId;
        ActorName = actorName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        UnitId = unitId;
        Entities = entities;
        Changes = changes;
    }

    private AuditEntry()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ActorKind ActorKind { get; private set; }

    /// <summary>The user id or token id; null for anonymous and the system.</summary>
    public string? ActorId { get; private set; }

    public string ActorName { get; private set; } = "";

    /// <summary>The use case, e.g. <c>PublishMission</c>.</summary>
    public string Action { get; private set; } = "";

    /// <summary>The primary entity: the first one the action changed.</summary>
    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    /// <summary>The unit the action was done for (its authorisation scope), for a unit's history.</summary>
    public Guid? UnitId { get; private set; }

    /// <summary>Every entity the action changed, as <c>Type:Id</c>, for filtering.</summary>
    public string[] Entities { get; private set; } = [];

    /// <summary>JSON: <c>[{entity, id, operation, fields: {Field: {old, new}}}]</c>.</summary>
    public string Changes { get; private set; } = "[]";
}

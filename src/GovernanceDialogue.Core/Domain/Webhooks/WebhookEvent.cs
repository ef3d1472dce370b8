namespace GovernanceDialogue.Core.Domain.Webhooks;

/// <summary>
/// An outbox row: an event that happened, written by the same save (and so the same transaction) as the change itself.
/// Its body is final when it is written: every delivery and every retry sends exactly these bytes. The dispatcher
/// turns it into one delivery per matching subscription and then marks it dispatched.
/// </summary>
public sealed class WebhookEvent
{
    private WebhookEvent()
    {
    }

    internal WebhookEvent(Guid id, string type, Guid unitId, Guid resourceId, DateTimeOffset occurredAt, string body)
    {
        Id = id;
        Type = type;
        UnitId = unitId;
        ResourceId = resourceId;
        OccurredAt = occurredAt;
        Body = body;
    }

    /// <summary>The event id receivers de-duplicate by.</summary>
    public Guid Id { get; private set; }

    public string Type { get; private set; } = "";

    /// <summary>Where it happened: subscriptions for this unit or a unit above it receive it.</summary>
    public Guid UnitId { get; private set; }

    /// <summary>The mission version, goal picture, cycle, dialogue, agreement, summary or lesson it is about.</summary>
    public Guid ResourceId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The JSON body sent to receivers.</summary>
    public string Body { get; private set; } = "";

    /// <summary>When the dispatcher created its deliveries (null: not yet).</summary>
    public DateTimeOffset? DispatchedAt { get; private set; }
}

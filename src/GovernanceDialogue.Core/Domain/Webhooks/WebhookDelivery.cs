namespace GovernanceDialogue.Core.Domain.Webhooks;

/// <summary>Where a delivery stands.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its first attempt or a retry.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed; only a redelivery on request sends it again.</summary>
    Failed,
}

/// <summary>
/// One event for one subscription, with its delivery log: attempts, the last answer and error. Retried with
/// exponential backoff (1, 2, 4 … minutes) up to <see cref="MaxAttempts"/> attempts per round; a redelivery starts a new
/// round. Unique per subscription and event, so dispatching twice never sends an event twice. A dispatcher claims a
/// delivery before it sends it (<see cref="LockedUntil"/>), so two dispatchers at once never send the same one.
/// </summary>
public sealed class WebhookDelivery
{
    public const int MaxAttempts = 10;
    public const int ErrorMaxLength = 1000;

    private WebhookDelivery()
    {
    }

    public Guid Id { get; private set; }

    public Guid SubscriptionId { get; private set; }

    public Guid EventId { get; private set; }

    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>Every attempt ever made, across redeliveries.</summary>
    public int Attempts { get; private set; }

    /// <summary>Failed attempts since the last success or redelivery: what the backoff counts.</summary>
    public int FailuresInRound { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    /// <summary>
    /// The lease of the dispatcher sending it now: no other dispatcher takes it before then. Cleared when the attempt
    /// is saved; a dispatcher that dies mid-attempt leaves it to run out, and the delivery is tried again after it.
    /// </summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>The HTTP status of the last answer (null: no answer, e.g. refused, timed out).</summary>
    public int? ResponseStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public void Succeeded(int statusCode, DateTimeOffset now)
    {
        Attempts++;
        FailuresInRound = 0;
        Status = WebhookDeliveryStatus.Delivered;
        ResponseStatusCode = statusCode;
        LastError = null;
        LastAttemptAt = now;
        DeliveredAt = now;
        NextAttemptAt = null;
        LockedUntil = null;
    }

    /// <summary>A failed attempt: tried again after 1, 2, 4 … minutes, given up after <see cref="MaxAttempts"/>.</summary>
    public void Failed(int? statusCode, string error, DateTimeOffset now)
    {
        Attempts++;
        FailuresInRound++;
        ResponseStatusCode = statusCode;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        LastAttemptAt = now;
        LockedUntil = null;
        if (FailuresInRound >= MaxAttempts)
        {
            Status = WebhookDeliveryStatus.Failed;
            NextAttemptAt = null;
        }
        else
        {
            Status = WebhookDeliveryStatus.Pending;
            NextAttemptAt = now + Backoff(FailuresInRound);
        }
    }

    /// <summary>
    /// Sends it again at the next dispatch, with a fresh round of attempts (also after a success). The request wins over
    /// an attempt running now: its lease is dropped, and that attempt's outcome is not saved (its row changed).
    /// </summary>
    public void Redeliver(DateTimeOffset now)
    {
        Status = WebhookDeliveryStatus.Pending;
        FailuresInRound = 0;
        NextAttemptAt = now;
        LockedUntil = null;
    }

    /// <summary>The wait after the n-th failure in a row: 2^(n-1) minutes.</summary>
    public static TimeSpan Backoff(int failures) => TimeSpan.FromMinutes(Math.Pow(2, failures - 1));
}

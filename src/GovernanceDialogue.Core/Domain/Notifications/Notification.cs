namespace GovernanceDialogue.Core.Domain.Notifications;

/// <summary>What a notification is about. The texts are per kind, in Swedish and English, filled from <see cref="Notification.Data"/>.</summary>
public enum NotificationKind
{
    /// <summary>To a unit manager: a cycle opened, the unit's dialogue is waiting to be prepared.</summary>
    DialogueOpened,

    /// <summary>To a unit manager whose dialogue is not yet submitted: the preparation deadline is near.</summary>
    PreparationReminder,

    /// <summary>To an executive, once per cycle: the units under them whose preparation is overdue.</summary>
    OverdueDigest,
}

/// <summary>Where the e-mail copy of a notification is.</summary>
public enum EmailState
{
    /// <summary>No e-mail is sent (e-mail is off, or the recipient has no address).</summary>
    None,
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// A message to one person, shown in the app and, when e-mail is on, sent by e-mail. There is at most one per
/// recipient, kind and subject (a dialogue or a cycle), so no job run twice ever notifies twice.
/// </summary>
public sealed class Notification
{
    public const int MaxEmailAttempts = 6;

    private Notification()
    {
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>The dialogue or cycle the notification is about (with the kind and the recipient, its idempotency key).</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>The values its text is filled with (unit, cycle, deadline, count …).</summary>
    public Dictionary<string, string> Data { get; private set; } = [];

    /// <summary>The page it leads to, relative to the site (e.g. <c>/dialogues/{id}</c>).</summary>
    public string Link { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public EmailState EmailState { get; private set; }

    public int EmailAttempts { get; private set; }

    public DateTimeOffset? EmailNextAttemptAt { get; private set; }

    public DateTimeOffset? EmailSentAt { get; private set; }

    public string? EmailError { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    public void EmailSent(DateTimeOffset now)
    {
        EmailState = EmailState.Sent;
        EmailSentAt = now;
        EmailAttempts++;
        EmailError = null;
        EmailNextAttemptAt = null;
    }

    /// <summary>A failed attempt: tried again later with exponential backoff (1, 2, 4, 8 … minutes), given up after <see cref="MaxEmailAttempts"/>.</summary>
    public void EmailFailed(string error, DateTimeOffset now)
    {
        EmailAttempts++;
        EmailError = error.Length > 500 ? error[..500] : error;
        if (EmailAttempts >= MaxEmailAttempts)
        {
            EmailState = EmailState.Failed;
            EmailNextAttemptAt = null;
        }
        else
        {
            EmailNextAttemptAt = now.AddMinutes(Math.Pow(2, EmailAttempts - 1));
        }
    }

    public void NoEmail() => EmailState = EmailState.None;
}

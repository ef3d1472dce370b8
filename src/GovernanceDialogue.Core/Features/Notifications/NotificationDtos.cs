using GovernanceDialogue.Core.Domain.Notifications;

namespace GovernanceDialogue.Core.Features.Notifications;

/// <summary>A notification as its recipient sees it; <see cref="Title"/> is in the request's language.</summary>
public sealed record NotificationDto(
    Guid Id, NotificationKind Kind, string Title, IReadOnlyDictionary<string, string> Data, string Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The <c>Dialogues</c> configuration section.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Dialogues";

    /// <summary>How many days before the preparation deadline managers who have not submitted are reminded (default 7).</summary>
    public int ReminderDaysBeforeDeadline { get; set; } = 7;
}

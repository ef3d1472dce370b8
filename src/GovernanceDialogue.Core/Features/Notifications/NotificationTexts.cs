using GovernanceDialogue.Core.Domain.Notifications;

namespace GovernanceDialogue.Core.Features.Notifications;

/// <summary>The words of a notification in a language (the web project reads them from its resources).</summary>
public interface INotificationTexts
{
    /// <summary>The short text shown in the list and used as the e-mail subject.</summary>
    string Title(NotificationKind kind, IReadOnlyDictionary<string, string> data, string culture);

    /// <summary>The longer text of the e-mail.</summary>
    string Body(NotificationKind kind, IReadOnlyDictionary<string, string> data, string culture);
}

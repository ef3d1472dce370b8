using System.Globalization;
using GovernanceDialogue.Core.Domain.Notifications;
using GovernanceDialogue.Core.Features.Notifications;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>Notification texts from the shared resources (<c>Notification.&lt;Kind&gt;.Title</c> and <c>.Body</c>), in a given language.</summary>
public sealed class ResourceNotificationTexts(IStringLocalizer<SharedResource> localizer) : INotificationTexts
{
    public string Title(NotificationKind kind, IReadOnlyDictionary<string, string> data, string culture) => Text($"Notification.{kind}.Title", kind, data, culture);

    public string Body(NotificationKind kind, IReadOnlyDictionary<string, string> data, string culture) => Text($"Notification.{kind}.Body", kind, data, culture);

    /// <summary>The text's placeholders are, in order, the data values this kind carries.</summary>
    private string Text(string key, NotificationKind kind, IReadOnlyDictionary<string, string> data, string culture)
    {
        string[] names = kind switch
        {
            NotificationKind.DialogueOpened or NotificationKind.PreparationReminder => ["unit", "cycle", "dueOn"],
            NotificationKind.OverdueDigest => ["cycle", "count", "units"],
            _ => [],
        };
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return localizer[key, [.. names.Select(n => data.GetValueOrDefault(n, ""))]].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

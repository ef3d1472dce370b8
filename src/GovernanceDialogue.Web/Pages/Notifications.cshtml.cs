using GovernanceDialogue.Core.Features.Notifications;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages;

/// <summary>The caller's notifications (notiser), newest first; each marked read one by one, or all at once.</summary>
public sealed class NotificationsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public bool Unread { get; set; }

    // Not bound as "page" from every source: Razor Pages keeps the page's own path under that route key.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ListNotifications.Response Notifications { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync(new MarkNotificationsRead.Command(id), "Notifications.ReadStatus", cancellationToken);

    public Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken) =>
        SendAsync(new MarkNotificationsRead.Command(null), "Notifications.AllReadStatus", cancellationToken);

    public string PageUrl(int page) => $"?unread={(Unread ? "true" : "false")}&page={page}";

    /// <summary>A notification's link, kept inside the site.</summary>
    public static string SafeLink(string link) => link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) ? link : "/";

    private async Task<IActionResult> SendAsync(MarkNotificationsRead.Command command, string status, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Status"] = localizer[status].Value;
            return LocalRedirect("/notifications" + PageUrl(PageNumber));
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Notifications = await sender.Send(new ListNotifications.Query(Unread, PageNumber, PageSize), cancellationToken);
    }
}

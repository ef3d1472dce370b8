using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Features.Webhooks;
using GovernanceDialogue.Web.Infrastructure;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Admin.Webhooks;

/// <summary>Webhook subscriptions: the list and a new one (its secret is shown on this answer only). Administrators only.</summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public WebhookInput Input { get; set; } = new();

    public PagedList<WebhookDto> Webhooks { get; private set; } = default!;

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public CreateWebhook.Response? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            Created = await sender.Send(
                new CreateWebhook.Command(Input.Name, Input.UnitId, Input.TargetUrl, Input.Events, string.IsNullOrWhiteSpace(Input.Secret) ? null : Input.Secret, Input.IsActive),
                cancellationToken);
            // The secret is shown on this answer only, never stored in clear: no redirect, no TempData.
            Response.Headers.CacheControl = "no-store";
            Input = new WebhookInput();
            ModelState.Clear();
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Webhooks = await sender.Send(new ListWebhooks.Query(1, Paging.MaxPageSize), cancellationToken);
        Units = UnitOption.From(await sender.Send(new GetUnitTree.Query(), cancellationToken));
    }
}

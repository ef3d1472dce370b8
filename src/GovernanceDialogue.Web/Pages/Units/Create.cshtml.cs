using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Units;

/// <summary>Adds a city (no parent) or a unit under a parent; the kind follows from the parent.</summary>
public sealed class CreateModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ParentId { get; set; }

    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public UnitDto? Parent { get; private set; }

    public UnitKind Kind => Parent?.Kind switch
    {
        null => UnitKind.City,
        UnitKind.City => UnitKind.Administration,
        _ => UnitKind.Unit,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new EnsureAllowed.Query(Permission.ManageOrganisation, ParentId), cancellationToken);
        await LoadParentAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadParentAsync(cancellationToken);
        try
        {
            var unit = await sender.Send(
                new CreateUnit.Command(Kind, Input.Name ?? "", Input.ShortCode ?? "", ParentId, Input.ExternalId, Input.ValidFrom),
                cancellationToken);
            TempData["Status"] = localizer["UnitCreate.CreatedStatus"].Value;
            return RedirectToPage("/Units/Details", new { id = unit.Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
            return Page();
        }
    }

    private async Task LoadParentAsync(CancellationToken cancellationToken)
    {
        if (ParentId is { } parentId)
        {
            Parent = (await sender.Send(new GetUnit.Query(parentId), cancellationToken)).Unit;
        }
    }
}

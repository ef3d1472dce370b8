using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Collaborations;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Collaborations;

/// <summary>Revises a collaboration: name, purpose, units, partners, goals and dates (an end date ends it). Its lead unit and stage stay.</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public CollaborationInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    public CollaborationDto Collaboration { get; private set; } = default!;

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public IReadOnlyList<CollaborationGoalDto> Goals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = CollaborationInput.From(Collaboration);
        Version = Collaboration.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await sender.Send(
                    new UpdateCollaboration.Command(Id, Version, Input.Name ?? "", Input.Purpose ?? "", Input.UnitIds, Input.PartnerInputs(), Input.GoalIds, Input.StartedOn, Input.EndedOn),
                    cancellationToken);
                TempData["Status"] = localizer["Collaboration.Saved"].Value;
                return RedirectToPage("/Collaborations/Details", new { id = Id });
            }
            catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
            {
            }
        }

        await LoadAsync(cancellationToken);
        Input.Pad();
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Collaboration = await sender.Send(new GetCollaboration.Query(Id), cancellationToken);
        await sender.Send(new EnsureAllowed.Query(Permission.EditCollaborations, Collaboration.LeadUnitId), cancellationToken);
        Units = UnitOption.From(await sender.Send(new GetUnitTree.Query(), cancellationToken));
        Goals = await sender.Send(new ListCollaborationGoalOptions.Query(Id), cancellationToken);
    }
}

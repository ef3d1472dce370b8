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

/// <summary>
/// Revises a collaboration: name, purpose, units, partners, goals and dates (an end date ends it), and hands its lead to
/// another unit the caller may lead for. Its stage moves on the collaboration's own page.
/// </summary>
public sealed class EditModel(ISender sender, Authorizer authorizer, IStringLocalizer<SharedResource> localizer) : PageModel, ILeadUnitForm
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public CollaborationInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public Guid? LeadUnitId { get; set; }

    public IReadOnlyList<UnitOption> Leads { get; private set; } = [];

    public CollaborationDto Collaboration { get; private set; } = default!;

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public IReadOnlyList<CollaborationGoalDto> Goals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = CollaborationInput.From(Collaboration);
        Version = Collaboration.Version;
        LeadUnitId = Collaboration.LeadUnitId;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await sender.Send(
                    new UpdateCollaboration.Command(
                        Id, Version, Input.Name ?? "", Input.Purpose ?? "", CollaborationUnitOptions.WithLead(Input.UnitIds, LeadUnitId), Input.PartnerInputs(), Input.GoalIds,
                        Input.StartedOn, Input.EndedOn, LeadUnitId),
                    cancellationToken);
                TempData["Status"] = localizer["Collaboration.Saved"].Value;
                return RedirectToPage("/Collaborations/Details", new { id = Id });
            }
            catch (Exception ex) when (this.AddCommandErrors(CollaborationInput.Errors(ex, nameof(LeadUnitId)), localizer, ""))
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
        (Units, Leads) = await CollaborationUnitOptions.LoadAsync(sender, authorizer, cancellationToken);
        Goals = await sender.Send(new ListCollaborationGoalOptions.Query(Id), cancellationToken);
    }
}

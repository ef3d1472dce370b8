using System.ComponentModel.DataAnnotations;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Collaborations;
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

/// <summary>Starts a collaboration led by a unit the caller leads, with other units and external partners.</summary>
public sealed class NewModel(ISender sender, Authorizer authorizer, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel, ILeadUnitForm
{
    [BindProperty]
    public CollaborationInput Input { get; set; } = new();

    [BindProperty]
    [Display(Name = "Field.LeadUnitId")]
    public Guid? LeadUnitId { get; set; }

    [BindProperty]
    [Display(Name = "Field.Stage")]
    public LadderStage Stage { get; set; } = LadderStage.BuildTrust;

    [BindProperty]
    [Display(Name = "Field.Reflection")]
    public string? Reflection { get; set; }

    public IReadOnlyList<UnitOption> Leads { get; private set; } = [];

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new CollaborationInput { StartedOn = clock.Today() }.Pad();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unitIds = CollaborationUnitOptions.WithLead(Input.UnitIds, LeadUnitId);
        if (ModelState.IsValid)
        {
            try
            {
                var created = await sender.Send(
                    new CreateCollaboration.Command(LeadUnitId, Input.Name ?? "", Input.Purpose ?? "", unitIds, Input.PartnerInputs(), [], Input.StartedOn, null, Stage, Reflection),
                    cancellationToken);
                TempData["Status"] = localizer["Collaboration.Created"].Value;
                return RedirectToPage("/Collaborations/Details", new { id = created.Id });
            }
            catch (Exception ex) when (this.AddCommandErrors(CollaborationInput.Errors(ex, nameof(LeadUnitId), nameof(Stage), nameof(Reflection)), localizer, ""))
            {
            }
        }

        await LoadAsync(cancellationToken);
        Input.Pad();
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // Through the gate first, so an anonymous visitor is sent to sign in rather than refused.
        await sender.Send(new EnsureAllowed.Query(Permission.ReadCollaborations), cancellationToken);
        (Units, Leads) = await CollaborationUnitOptions.LoadAsync(sender, authorizer, cancellationToken);
    }
}

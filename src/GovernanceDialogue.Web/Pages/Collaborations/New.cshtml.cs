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
public sealed class NewModel(ISender sender, Authorizer authorizer, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
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

    /// <summary>The units the caller may lead a collaboration for.</summary>
    public IReadOnlyList<UnitOption> Leads { get; private set; } = [];

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new CollaborationInput { StartedOn = clock.Today() }.Pad();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The lead unit always takes part: the form adds it rather than making people pick it twice.
        var unitIds = LeadUnitId is { } lead && !Input.UnitIds.Contains(lead) ? [lead, .. Input.UnitIds] : Input.UnitIds;
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
            catch (Exception ex) when (this.AddCommandErrors(Renamed(ex), localizer, ""))
            {
            }
        }

        await LoadAsync(cancellationToken);
        Input.Pad();
        return Page();
    }

    /// <summary>The command's collaboration fields are the form's <c>Input</c>; the lead unit, stage and reflection sit beside it.</summary>
    private static Exception Renamed(Exception exception) => exception is FluentValidation.ValidationException validation
        ? new FluentValidation.ValidationException(validation.Errors.Select(e => new FluentValidation.Results.ValidationFailure(
            e.PropertyName is nameof(LeadUnitId) or nameof(Stage) or nameof(Reflection) ? e.PropertyName : "Input." + e.PropertyName, e.ErrorMessage)))
        : exception;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // Through the gate first, so an anonymous visitor is sent to sign in rather than refused.
        await sender.Send(new EnsureAllowed.Query(Permission.ReadCollaborations), cancellationToken);
        var places = UnitPlace.From(await sender.Send(new GetUnitTree.Query(), cancellationToken));
        var leads = places.Where(p => authorizer.Can(Permission.EditCollaborations, p.Path)).Select(p => p.Id).ToHashSet();
        if (leads.Count == 0)
        {
            throw new ForbiddenException(nameof(Permission.EditCollaborations));
        }

        Units = places.Select(p => new UnitOption(p.Id, p.Name, p.ShortCode, p.Kind, p.Depth)).ToList();
        Leads = Units.Where(u => leads.Contains(u.Id)).ToList();
    }
}

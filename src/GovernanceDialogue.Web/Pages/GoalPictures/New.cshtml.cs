using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.GoalPictures;

/// <summary>Starts a draft goal picture for a city or administration, prefilled from the current one (themes keep their ids).</summary>
public sealed class NewModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UnitId { get; set; }

    [BindProperty]
    public GoalPictureInput Input { get; set; } = new();

    public string UnitName { get; private set; } = "";

    public IReadOnlyList<ThemeDto> CityThemes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new EnsureAllowed.Query(Permission.EditGoalPicture, UnitId), cancellationToken);
        await LoadAsync(cancellationToken);
        Input = GoalPictureInput.From(await CurrentAsync(UnitId, cancellationToken));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var created = await sender.Send(new CreateGoalPicture.Command(UnitId, Input.Vision ?? "", Input.Narrative ?? "", Input.ToThemes()), cancellationToken);
            TempData["Status"] = localizer["GoalPictureNew.Created"].Value;
            return RedirectToPage("/GoalPictures/Details", new { id = created.Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer))
        {
            await LoadAsync(cancellationToken);
            Input.Pad();
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var unit = await sender.Send(new GetUnit.Query(UnitId), cancellationToken);
        UnitName = unit.Unit.Name;
        CityThemes = unit.Ancestors.Count == 0 ? [] : (await CurrentAsync(unit.Ancestors[0].Id, cancellationToken))?.Themes ?? [];
    }

    private async Task<GoalPictureDto?> CurrentAsync(Guid scope, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.Send(new GetGoalPicture.Query(CurrentOfUnitId: scope, Current: true), cancellationToken);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}

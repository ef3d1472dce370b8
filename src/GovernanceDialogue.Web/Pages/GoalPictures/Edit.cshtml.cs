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

/// <summary>Edits a draft goal picture.</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public GoalPictureInput Input { get; set; } = new();

    public GoalPictureDto Picture { get; private set; } = default!;

    public IReadOnlyList<ThemeDto> CityThemes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await sender.Send(new EnsureAllowed.Query(Permission.EditGoalPicture, Picture.UnitId), cancellationToken);
        Input = GoalPictureInput.From(Picture);
    }

    public async Task<IActionResult> OnPostAsync(uint version, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new UpdateGoalPicture.Command(Id, version, Input.Vision ?? "", Input.Narrative ?? "", Input.ToThemes()), cancellationToken);
            TempData["Status"] = localizer["Form.SavedStatus"].Value;
            return RedirectToPage("/GoalPictures/Details", new { id = Id });
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
        Picture = await sender.Send(new GetGoalPicture.Query(Id), cancellationToken);
        var unit = await sender.Send(new GetUnit.Query(Picture.UnitId), cancellationToken);
        if (unit.Ancestors.Count > 0)
        {
            try
            {
                CityThemes = (await sender.Send(new GetGoalPicture.Query(CurrentOfUnitId: unit.Ancestors[0].Id, Current: true), cancellationToken)).Themes;
            }
            catch (NotFoundException)
            {
                CityThemes = [];
            }
        }
    }
}

using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.GoalPictures;

/// <summary>A goal picture version; for its executives also the actions of its life: edit, adopt, publish, new version.</summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public GoalPictureDto Picture { get; private set; } = default!;

    public IReadOnlyList<GoalPictureDto> Versions { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> CityThemeNames { get; private set; } = new Dictionary<Guid, string>();

    public bool CanEdit { get; private set; }

    public Guid? CurrentId => Versions.FirstOrDefault(v => v.Status is GoalPictureStatus.Adopted or GoalPictureStatus.Published)?.Id;

    public bool HasDraft => Versions.Any(v => v.Status == GoalPictureStatus.Draft);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAdoptAsync(uint version, DateOnly? decisionDate, string? decisionReference, Guid? replacesId, CancellationToken cancellationToken) =>
        await SendAsync(new AdoptGoalPicture.Command(Id, decisionDate, decisionReference ?? "", replacesId, version), "GoalPicture.AdoptedStatus", cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(uint version, CancellationToken cancellationToken) =>
        await SendAsync(new PublishGoalPicture.Command(Id, version), "GoalPicture.PublishedStatus", cancellationToken);

    private async Task<IActionResult> SendAsync(ICommand<GoalPictureDto> command, string status, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Status"] = localizer[status].Value;
            return RedirectToPage(new { id = Id });
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Picture = await sender.Send(new GetGoalPicture.Query(Id), cancellationToken);
        Versions = await sender.Send(new ListGoalPictureVersions.Query(Id), cancellationToken);
        var unit = await sender.Send(new GetUnit.Query(Picture.UnitId), cancellationToken);
        CanEdit = unit.Can.EditGoalPicture;
        if (unit.Ancestors.Count > 0)
        {
            try
            {
                CityThemeNames = (await sender.Send(new GetGoalPicture.Query(CurrentOfUnitId: unit.Ancestors[0].Id, Current: true), cancellationToken))
                    .Themes.ToDictionary(t => t.Id, t => t.Name);
            }
            catch (NotFoundException)
            {
                CityThemeNames = new Dictionary<Guid, string>();
            }
        }
    }
}

using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Features.GoalPictures;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages.GoalPictures;

/// <summary>The goal pictures of the city and its administrations that the visitor may see (superseded versions are in each one's history).</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<GoalPictureDto> Pictures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Pictures = (await sender.Send(new ListGoalPictures.Query(PageSize: 200), cancellationToken)).Items
            .Where(p => p.Status != GoalPictureStatus.Superseded)
            .OrderBy(p => p.Status == GoalPictureStatus.Draft).ThenBy(p => p.UnitName)
            .ToList();
}

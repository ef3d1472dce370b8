using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Units;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages;

/// <summary>The public start page: the city's goal picture once it is published, the five fingers, and a way in.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public GoalPictureDto? GoalPicture { get; private set; }

    public IReadOnlyList<UnitDto> Administrations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            GoalPicture = await sender.Send(new GetGoalPicture.Query(Current: true), cancellationToken);
        }
        catch (NotFoundException)
        {
            GoalPicture = null;
        }

        Administrations = (await sender.Send(new ListUnits.Query(Kind: UnitKind.Administration, PageSize: 100), cancellationToken)).Items;
    }
}

using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Features.Units;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages;

/// <summary>
/// The public start page: the city's goal picture once it is published, the city's latest published summary, the five
/// fingers, and a way in (finding a unit and its published mission).
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public GoalPictureDto? GoalPicture { get; private set; }

    public IReadOnlyList<UnitDto> Administrations { get; private set; } = [];

    /// <summary>The city's latest published summary (its latest version), if it has one.</summary>
    public (PublishedSummaryDto Item, SummaryVersionDto Version)? LatestSummary { get; private set; }

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

        // The city of the goal picture shown; without one, the first city.
        var cityId = GoalPicture?.UnitId;
        if (cityId is null && (await sender.Send(new ListUnits.Query(Kind: UnitKind.City, PageSize: 1), cancellationToken)).Items is [var first, ..])
        {
            cityId = first.Id;
        }

        if (cityId is { } city
            && (await sender.Send(new ListPublishedSummaries.Query(UnitId: city, PageSize: 1), cancellationToken)).Items is [var latest, ..])
        {
            LatestSummary = (latest, await sender.Send(new GetSummaryVersion.Query(latest.SummaryId, latest.Number), cancellationToken));
        }
    }
}

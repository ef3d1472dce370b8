using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Units;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages.Units.Mission;

/// <summary>The publish history of a unit's mission.</summary>
public sealed class HistoryModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public string UnitName { get; private set; } = "";

    public PagedList<MissionVersionSummaryDto> Versions { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        UnitName = (await sender.Send(new GetUnit.Query(Id), cancellationToken)).Unit.Name;
        PageNumber = Math.Max(PageNumber, 1);
        Versions = await sender.Send(new ListMissionVersions.Query(Id, PageNumber, 25), cancellationToken);
    }
}

using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Units;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages.Units.Mission;

/// <summary>One published version of a mission, exactly as it was published.</summary>
public sealed class VersionModel(ISender sender) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public int Number { get; set; }

    public string UnitName { get; private set; } = "";

    public MissionVersionDto Version { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        UnitName = (await sender.Send(new GetUnit.Query(Id), cancellationToken)).Unit.Name;
        Version = await sender.Send(new GetMissionVersion.Query(Id, Number), cancellationToken);
    }
}

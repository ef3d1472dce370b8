using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.LineOfSight;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages;

/// <summary>The line of sight (den röda tråden) for the city or an administration, and a period.</summary>
public sealed class LineOfSightModel(ISender sender, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Period { get; set; }

    public int Year => Period ?? clock.Today().Year;

    public GetLineOfSight.Response? Sight { get; private set; }

    public IReadOnlyList<UnitOption> Roots { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Roots = UnitOption.From(await sender.Send(new GetUnitTree.Query(), cancellationToken), include: n => n.Kind != UnitKind.Unit, descend: n => n.Kind != UnitKind.Unit);
        try
        {
            Sight = await sender.Send(new GetLineOfSight.Query(Unit, Year), cancellationToken);
        }
        catch (ForbiddenException)
        {
            // Readers of one administration choose it in the form; the page says why nothing is shown yet.
            Sight = null;
        }
    }
}

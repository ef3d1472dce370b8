using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Units;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages.Units;

/// <summary>The organisation tree, or the units matching a search.</summary>
public sealed class IndexModel(ISender sender, Authorizer authorizer) : PageModel
{
    /// <summary>Only those who may manage the organisation everywhere add cities.</summary>
    public bool CanAddCity => authorizer.Can(Permission.ManageOrganisation, null);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<GetUnitTree.Node> Tree { get; private set; } = [];

    public PagedList<UnitDto>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            Q = Q.Trim()[..Math.Min(Q.Trim().Length, 200)];
            Results = await sender.Send(
                new ListUnits.Query(Name: Q, IncludeClosed: Closed, Page: Math.Max(PageNumber, 1), PageSize: 25), cancellationToken);
            return;
        }

        Tree = await sender.Send(new GetUnitTree.Query(IncludeClosed: Closed), cancellationToken);
    }
}

using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Features.Collaborations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages.Collaborations;

/// <summary>The collaborations (samverkan), active ones first, by stage and whether they are active.</summary>
public sealed class IndexModel(ISender sender, Authorizer authorizer) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public LadderStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Active { get; set; }

    // Not bound as "page" from every source: Razor Pages keeps the page's own path under that route key.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<CollaborationSummaryDto> Collaborations { get; private set; } = default!;

    /// <summary>Whether the caller leads some unit, and so may start a collaboration.</summary>
    public bool CanStart { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Collaborations = await sender.Send(new ListCollaborations.Query(null, Stage, Active, PageNumber, PageSize), cancellationToken);
        CanStart = authorizer.Subtrees(Permission.EditCollaborations) is not { Count: 0 };
    }

    public string PageUrl(int page) => $"?stage={Stage}&active={Active}&page={page}";
}

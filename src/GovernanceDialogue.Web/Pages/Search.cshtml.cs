using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Search;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages;

/// <summary>Search across missions, goal pictures, analyses and goals (what the visitor may read), with highlighted snippets.</summary>
public sealed class SearchModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Search.SearchHit>? Hits { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Q))
        {
            return;
        }

        try
        {
            Hits = await sender.Send(new Search.Query(Q, Math.Max(PageNumber, 1), 20), cancellationToken);
        }
        catch (Exception ex) when (this.AddCommandErrors(ex, localizer, ""))
        {
        }
    }

    public string Link(Search.SearchHit hit) => hit.Kind switch
    {
        SearchHitKind.Mission or SearchHitKind.MissionDraft => $"/units/{hit.UnitId}",
        SearchHitKind.GoalPicture => $"/goal-pictures/{hit.Id}",
        SearchHitKind.Analysis => $"/units/{hit.UnitId}/analyses/{hit.Id}",
        SearchHitKind.Lesson => $"/lessons/{hit.Id}",
        _ => $"/units/{hit.UnitId}/goals/{hit.Id}",
    };
}

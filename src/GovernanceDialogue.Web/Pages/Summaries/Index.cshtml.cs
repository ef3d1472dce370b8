using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Summaries;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernanceDialogue.Web.Pages.Summaries;

/// <summary>
/// The published summaries (sammanfattningar), public: newest cycle first, filtered by cycle and by the city or an
/// administration. Drafts never appear here, not even for their executives (they find them on the cycle's page).
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public Guid? Cycle { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    // Not bound as "page" from every source: Razor Pages keeps the page's own path under that route key.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<PublishedSummaryDto> Results { get; private set; } = default!;

    /// <summary>The cycles that have a published summary, newest first.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Cycles { get; private set; } = [];

    /// <summary>The city and administrations that have a published summary.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public string PageUrl(int page) => $"?cycle={Cycle}&unit={Unit}&page={page}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Results = await sender.Send(new ListPublishedSummaries.Query(Unit, Cycle, PageNumber, PageSize), cancellationToken);

        // The filter's choices: a city publishes a handful of summaries per cycle, so the newest page of them names
        // every cycle and unit worth offering.
        var newest = await sender.Send(new ListPublishedSummaries.Query(PageSize: Paging.MaxPageSize), cancellationToken);
        Cycles = newest.Items.Select(s => (s.CycleId, s.CycleName)).Distinct().ToList();
        Units = newest.Items.Select(s => (s.UnitId, s.UnitName)).Distinct().OrderBy(u => u.UnitName, StringComparer.CurrentCulture).ToList();
    }
}

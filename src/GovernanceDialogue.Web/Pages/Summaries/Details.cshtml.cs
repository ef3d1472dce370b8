using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Features.Summaries;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Pages.Summaries;

/// <summary>
/// The reading view of a summary (sammanfattning), public: its latest published version, or an older one
/// (<c>?version=N</c>). The executives of its scope also get the link to edit it and may preview the draft
/// (<c>?draft=true</c>; for a summary never published it is all there is). Everyone else never sees the draft: a
/// summary never published is a 404 for them.
/// </summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery(Name = "version")]
    public int? VersionNumber { get; set; }

    [FromQuery(Name = "draft")]
    public bool PreviewDraft { get; set; }

    public SummaryDto Summary { get; private set; } = default!;

    public IReadOnlyList<SummaryVersionListItemDto> Versions { get; private set; } = [];

    public SummaryReading Reading { get; private set; } = default!;

    public SummaryFactsView Facts { get; private set; } = default!;

    /// <summary>Only the executives of the summary's scope read its draft, and they are the ones who edit it.</summary>
    public bool CanEdit => Summary.Draft is not null;

    public string Title => localizer["Summary.Title", Summary.CycleName, Summary.UnitName].Value;

    /// <summary>The exports of the version shown (built by the API): the latest version's address carries no number.</summary>
    public string ExportUrl(string extension) =>
        $"/api/v1/summaries/{Id}.{extension}" + (Reading.Number is { } number && number != Summary.LatestVersion ? $"?version={number}" : "");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Summary = await sender.Send(new GetSummary.Query(Id), cancellationToken);
        Versions = await sender.Send(new ListSummaryVersions.Query(Id), cancellationToken);
        if (VersionNumber is { } number)
        {
            // Versions are numbered from 1: anything else names no version (a 404, as a missing one is).
            if (number < 1)
            {
                throw new NotFoundException("Summary version", $"{Id}/{number}");
            }

            Reading = SummaryReading.Of(await sender.Send(new GetSummaryVersion.Query(Id, number), cancellationToken));
        }
        else if (Summary.Draft is { } draft && (PreviewDraft || Summary.Published is null))
        {
            Reading = SummaryReading.Of(draft);
        }
        else
        {
            Reading = SummaryReading.Of(Summary.Published ?? throw new NotFoundException("Summary", Id));
        }

        Facts = new SummaryFactsView(Reading.Facts, SummaryChartSet.From(Reading.Facts, localizer), 2);
    }
}

using GovernanceDialogue.Core.Features.Public;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>A politicians' summary as a CSV file for spreadsheets: the published version for everyone, the draft for the executives of its scope.</summary>
[Route("api/v1")]
public sealed class SummaryCsvController(ISender sender) : ApiControllerBase
{
    /// <summary>
    /// A summary as CSV: one table <c>section,name,measure,value</c>, one value per row, UTF-8 with a byte-order mark.
    /// Sections: <c>about</c> (summary_id, scope, cycle, cycle_opens_on, cycle_closes_on, status, version, published_at),
    /// <c>narrative</c>, <c>highlights</c> (name = position), <c>figures</c> (name = scope; dialogues by status,
    /// agreements made/kept/dropped/overdue, dialogues asking support, lessons shared), <c>theme_status</c> (name =
    /// theme; on_track, uncertain, off_track, total), <c>trend</c> (name = cycle; opens_on, goals_on_track_percent,
    /// agreements_kept_percent), <c>comparison</c> (name = administration; dialogues, held, goals_on_track_percent,
    /// agreements_kept_percent), <c>challenges</c> and <c>support_asked</c> (name = recurring word; dialogues),
    /// <c>quotes</c> (name = unit, measure = question). Text starting with <c>= + - @</c> is prefixed with <c>'</c>.
    /// The published file is cacheable like the open data (strong ETag, If-None-Match → 304,
    /// <c>Cache-Control: public, max-age</c> from <c>PublicData:MaxAgeSeconds</c>); the draft is sent with
    /// <c>Cache-Control: no-store</c>.
    /// </summary>
    /// <param name="id">The summary.</param>
    /// <param name="version">A published version's number; the latest when left out. Not with <c>draft</c>.</param>
    /// <param name="draft">True: the working draft instead (the executives of the summary's scope only).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The CSV file.</response>
    /// <response code="304">Not modified since the ETag in If-None-Match (published version only).</response>
    /// <response code="400">The version is not a positive number, or both version and draft were given.</response>
    /// <response code="401">The draft was asked for without signing in.</response>
    /// <response code="403">The draft was asked for by someone who is not an executive of the summary's scope.</response>
    /// <response code="404">No such summary, or it has not been published (and you may not read its draft), or no such version.</response>
    [HttpGet("summaries/{id:guid}.csv")]
    [ProducesResponseType(typeof(FileContentResult), StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Csv(Guid id, int? version, bool draft = false, CancellationToken cancellationToken = default)
    {
        if (!draft)
        {
            return await PublishedAsync(sender, id, version, cancellationToken);
        }

        if (version is not null)
        {
            throw new FluentValidation.ValidationException(
                [new FluentValidation.Results.ValidationFailure(nameof(version), "Ask for a published version or for the draft, not both.")]);
        }

        var summary = await sender.Send(new GetSummaryDraft.Query(id), cancellationToken);
        return PublicCachingResult.PrivateCsv(CsvExports.Summary(SummaryCsvSource.Draft(summary)), $"summary-{id}-draft.csv");
    }

    /// <summary>The published version's CSV, the same file at <c>/api/v1/summaries/{id}.csv</c> and <c>/api/v1/public/summaries/{id}.csv</c>.</summary>
    internal static async Task<IActionResult> PublishedAsync(ISender sender, Guid id, int? version, CancellationToken cancellationToken)
    {
        var summary = await sender.Send(new GetPublicSummary.Query(id, version), cancellationToken);
        return PublicCachingResult.Csv(CsvExports.Summary(SummaryCsvSource.Published(summary)), $"summary-{id}-v{summary.Number}.csv");
    }
}

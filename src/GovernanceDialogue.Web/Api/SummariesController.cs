using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Summaries;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>Which summaries to generate: all of the cycle's (null) or one.</summary>
/// <param name="UnitId">The cycle's scope or an administration in it; all of them when null.</param>
public sealed record GenerateSummariesRequest(Guid? UnitId);

/// <summary>The executive's part of a summary.</summary>
/// <param name="Narrative">The narrative politicians read first.</param>
/// <param name="Highlights">Up to 10 short highlights.</param>
/// <param name="Quotes">Up to 10 word-for-word passages of submitted dialogue answers (see <c>GET /summaries/{id}/quotable</c>).</param>
public sealed record SummaryTextRequest(string Narrative, IReadOnlyList<string>? Highlights, IReadOnlyList<QuoteInput>? Quotes);

/// <summary>
/// Summaries for politicians: per cycle, for the city and each administration, generated from the dialogues, written
/// and published by an executive. Published versions are public; drafts are for the executives of their scope.
/// </summary>
[Route("api/v1")]
public sealed class SummariesController(ISender sender) : ApiControllerBase
{
    /// <summary>A cycle's summaries, the scope's first: the published ones, and drafts for the executives of their scope.</summary>
    /// <param name="id">The cycle.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The summaries you may read (no sign-in needed for published ones).</response>
    /// <response code="404">No such cycle.</response>
    [HttpGet("cycles/{id:guid}/summaries")]
    [ProducesResponseType<IReadOnlyList<SummaryListItemDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<SummaryListItemDto>> ForCycle(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new ListCycleSummaries.Query(id), cancellationToken);

    /// <summary>
    /// Generates the drafts of a cycle's summaries from its dialogues (the scope's and, in a city's cycle, each
    /// administration's), or of one. An existing summary gets fresh facts; its narrative, highlights and quotes stay.
    /// </summary>
    /// <param name="id">The cycle (open or closed).</param>
    /// <param name="request">Optionally the one unit to generate for.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The generated summaries.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive of the cycle's scope (or of the unit named).</response>
    /// <response code="404">No such cycle or unit.</response>
    /// <response code="409">The cycle has not opened, or the unit is neither the scope nor an administration in it.</response>
    [HttpPost("cycles/{id:guid}/summaries")]
    [ProducesResponseType<IReadOnlyList<SummaryListItemDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IReadOnlyList<SummaryListItemDto>> Generate(Guid id, GenerateSummariesRequest? request, CancellationToken cancellationToken) =>
        await sender.Send(new GenerateSummaries.Command(id, request?.UnitId), cancellationToken);

    /// <summary>A summary: its latest published version for everyone; for the executives of its scope also the draft.</summary>
    /// <param name="id">The summary.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The summary, with the draft's ETag.</response>
    /// <response code="404">No such summary, or it is not published and you may not read its draft.</response>
    [HttpGet("summaries/{id:guid}")]
    [ProducesResponseType<SummaryDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<SummaryDto> Get(Guid id, CancellationToken cancellationToken)
    {
        var summary = await sender.Send(new GetSummary.Query(id), cancellationToken);
        return WithETag(summary, summary.Version);
    }

    /// <summary>Writes the executive's narrative, highlights and quotes into the draft.</summary>
    /// <param name="id">The summary.</param>
    /// <param name="request">Narrative, highlights and quotes (each replaces the previous list).</param>
    /// <param name="ifMatch">The ETag from your last GET (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved.</response>
    /// <response code="400">A field is invalid (too long, too many highlights or quotes).</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive of the summary's scope.</response>
    /// <response code="404">No such summary.</response>
    /// <response code="409">A quote is not a word-for-word passage of a submitted answer in this cycle and scope.</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("summaries/{id:guid}")]
    [ProducesResponseType<SummaryDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<SummaryDto> Update(Guid id, SummaryTextRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var summary = await sender.Send(
            new UpdateSummary.Command(id, ETag.Required(ifMatch), request.Narrative, request.Highlights ?? [], request.Quotes ?? []), cancellationToken);
        return WithETag(summary, summary.Version);
    }

    /// <summary>Reads the cycle's dialogues again into the draft's facts; the executive's text is kept.</summary>
    /// <param name="id">The summary.</param>
    /// <param name="ifMatch">Optional: the ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Regenerated.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive of the summary's scope.</response>
    /// <response code="404">No such summary.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("summaries/{id:guid}/regenerate")]
    [ProducesResponseType<SummaryDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<SummaryDto> Regenerate(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var summary = await sender.Send(new RegenerateSummary.Command(id, ETag.Parse(ifMatch)), cancellationToken);
        return WithETag(summary, summary.Version);
    }

    /// <summary>Publishes the draft as the next numbered version, readable by everyone. Nothing changed since the last one: no-op.</summary>
    /// <param name="id">The summary.</param>
    /// <param name="ifMatch">Optional: the ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Published (the answer carries the new version in <c>published</c>).</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive of the summary's scope.</response>
    /// <response code="404">No such summary.</response>
    /// <response code="409">The narrative is missing.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("summaries/{id:guid}/publish")]
    [ProducesResponseType<SummaryDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<SummaryDto> Publish(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var summary = await sender.Send(new PublishSummary.Command(id, ETag.Parse(ifMatch)), cancellationToken);
        return WithETag(summary, summary.Version);
    }

    /// <summary>Every published version of a summary, newest first.</summary>
    /// <param name="id">The summary.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The versions (empty for an executive before the first publication).</response>
    /// <response code="404">No such summary, or it is not published.</response>
    [HttpGet("summaries/{id:guid}/versions")]
    [ProducesResponseType<IReadOnlyList<SummaryVersionListItemDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<SummaryVersionListItemDto>> Versions(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new ListSummaryVersions.Query(id), cancellationToken);

    /// <summary>One published version of a summary.</summary>
    /// <param name="id">The summary.</param>
    /// <param name="number">The version number (1, 2, …).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The version.</response>
    /// <response code="404">No such summary or version.</response>
    [HttpGet("summaries/{id:guid}/versions/{number:int}")]
    [ProducesResponseType<SummaryVersionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<SummaryVersionDto> Version(Guid id, int number, CancellationToken cancellationToken) =>
        await sender.Send(new GetSummaryVersion.Query(id, number), cancellationToken);

    /// <summary>The submitted dialogue answers of the summary's cycle and scope that may be quoted, by unit.</summary>
    /// <param name="id">The summary.</param>
    /// <param name="question">Only the answers to this question key (e.g. <c>did-not-work</c>).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page (1–200).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of answers.</response>
    /// <response code="400">Paging is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive of the summary's scope.</response>
    /// <response code="404">No such summary.</response>
    [HttpGet("summaries/{id:guid}/quotable")]
    [ProducesResponseType<PagedList<QuotableAnswerDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedList<QuotableAnswerDto>> Quotable(
        Guid id, string? question, int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListQuotableAnswers.Query(id, question, page, pageSize), cancellationToken);
}

using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.LineOfSight;
using GovernanceDialogue.Core.Features.Search;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>Reading across the organisation: the line of sight from the goal picture to the units' goals, and search.</summary>
[Route("api/v1")]
public sealed class InsightsController(ISender sender) : ApiControllerBase
{
    /// <summary>
    /// The line of sight: each theme of the city's goal picture → the administrations' goals → the units' goals that
    /// serve it; units without a goal under a theme; goals that serve no theme.
    /// </summary>
    /// <param name="unitId">
    /// The city, or an administration to see only its part (default: the oldest city that is open today). Only open units
    /// count: for a closed administration, or one not open yet, the answer has the city's themes and no goals.
    /// </param>
    /// <param name="period">The goals' year (default: this year).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The line of sight.</response>
    /// <response code="400">The period or unitId is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not a reader of goals at this level.</response>
    /// <response code="404">No such unit (or, without unitId, no open city).</response>
    /// <response code="409">The unit is a unit (start at the city or an administration).</response>
    [HttpGet("line-of-sight")]
    [ProducesResponseType<GetLineOfSight.Response>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<GetLineOfSight.Response> LineOfSight(Guid? unitId, int? period, CancellationToken cancellationToken) =>
        await sender.Send(new GetLineOfSight.Query(unitId, period), cancellationToken);

    /// <summary>
    /// Swedish full-text search across missions, goal pictures, analyses and goals, ranked, with highlighted snippets
    /// (<c>snippetHtml</c>: escaped text, matches in &lt;mark&gt;). Only what you may read is found.
    /// </summary>
    /// <param name="q">What to search for (2–200 characters; quotes and OR work like in web search engines).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 20).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The hits, best first.</response>
    /// <response code="400">The query is too short or too long, or the paging is out of range.</response>
    [HttpGet("search")]
    [ProducesResponseType<PagedList<Search.SearchHit>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedList<Search.SearchHit>> Search(string? q, int page = 1, int pageSize = 20, CancellationToken cancellationToken = default) =>
        await sender.Send(new Search.Query(q ?? "", page, pageSize), cancellationToken);
}

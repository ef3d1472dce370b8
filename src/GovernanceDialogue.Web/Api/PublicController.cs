using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Public;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>
/// Open data: the published goal picture, the published missions and the published summaries, without signing in.
/// Only published material, the same for every caller (a signed-in executive gets no draft here), and never the names
/// of the staff who wrote, adopted or published it.
/// <para>
/// <b>Formats.</b> Every resource is JSON at its path and CSV at the same path with <c>.csv</c> appended
/// (<c>/api/v1/public/missions</c> and <c>/api/v1/public/missions.csv</c>); the <c>Accept</c> header does not switch
/// formats. CSV is RFC 4180, UTF-8 with a byte-order mark, a header row of English column names, ISO 8601 dates
/// (instants in UTC), invariant numbers, lists joined by "; ", text starting with <c>= + - @</c> prefixed with
/// <c>'</c>, and comes as a download (<c>Content-Disposition: attachment</c>). JSON lists are paged; CSV lists hold
/// every matching row.
/// </para>
/// <para>
/// <b>Caching.</b> Every answer carries a strong <c>ETag</c> (a hash of its bytes, so JSON and CSV have different
/// tags) and <c>Cache-Control: public, max-age=300</c> (setting <c>PublicData:MaxAgeSeconds</c>). Send the ETag back
/// in <c>If-None-Match</c> to get <c>304 Not Modified</c> without a body while nothing changed.
/// </para>
/// </summary>
[Route("api/v1/public")]
[EnableCors(WebSetup.OpenDataCors)]
public sealed class PublicController(ISender sender) : ApiControllerBase
{
    /// <summary>The current published goal picture (målbild) with its themes: the city's, or an administration's.</summary>
    /// <param name="unitId">An open city or administration; the default city (the oldest open one) when left out.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The goal picture.</response>
    /// <response code="304">Not modified since the ETag in If-None-Match.</response>
    /// <response code="404">The unit does not exist, is closed, or has no published current goal picture (an adopted one not yet published does not count).</response>
    [HttpGet("goal-picture")]
    [ProducesResponseType<PublicGoalPictureDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> GoalPicture(Guid? unitId, CancellationToken cancellationToken) =>
        PublicCachingResult.Json(await sender.Send(new GetPublicGoalPicture.Query(unitId), cancellationToken));

    /// <summary>The current published goal picture as CSV: one row per theme, the picture's own columns repeated on each.</summary>
    /// <param name="unitId">An open city or administration; the default city when left out.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The CSV file (columns goal_picture_id, unit_id, unit_name, number, vision, narrative, decision_date, decision_reference, published_at, theme_position, theme_id, theme_name, theme_description, city_theme_id).</response>
    /// <response code="304">Not modified since the ETag in If-None-Match.</response>
    /// <response code="404">No published current goal picture.</response>
    [HttpGet("goal-picture.csv")]
    [ProducesResponseType(typeof(FileContentResult), StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> GoalPictureCsv(Guid? unitId, CancellationToken cancellationToken)
    {
        var picture = await sender.Send(new GetPublicGoalPicture.Query(unitId), cancellationToken);
        return PublicCachingResult.Csv(CsvExports.GoalPicture(picture), $"goal-picture-{picture.UnitId}.csv");
    }

    /// <summary>
    /// The current published mission (uppdrag) of every open unit, ordered by unit name, with the unit's parent and the
    /// units above it. Units that have published nothing, and closed units, are left out.
    /// </summary>
    /// <param name="q">Only units whose name or short code contains this text (case-insensitive).</param>
    /// <param name="under">Only this unit and the units below it (e.g. one administration).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of missions, with the total count.</response>
    /// <response code="304">Not modified since the ETag in If-None-Match.</response>
    /// <response code="400">Paging or the search text is invalid.</response>
    /// <response code="404">The unit named in <c>under</c> does not exist.</response>
    [HttpGet("missions")]
    [ProducesResponseType<PagedList<PublicMissionDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Missions(
        string? q, Guid? under, int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        PublicCachingResult.Json(await sender.Send(new ListPublicMissions.Query(q, under, page, pageSize), cancellationToken));

    /// <summary>Every matching current published mission as CSV, one row per unit (not paged).</summary>
    /// <param name="q">Only units whose name or short code contains this text (case-insensitive).</param>
    /// <param name="under">Only this unit and the units below it.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The CSV file (columns unit_id, unit_name, short_code, kind, parent_id, parent_name, path, number, plain_language_summary, assignment_text, target_groups, basis, published_at; path is the names from the city down to the unit, joined by " / ").</response>
    /// <response code="304">Not modified since the ETag in If-None-Match.</response>
    /// <response code="400">The search text is invalid.</response>
    /// <response code="404">The unit named in <c>under</c> does not exist.</response>
    [HttpGet("missions.csv")]
    [ProducesResponseType(typeof(FileContentResult), StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> MissionsCsv(string? q, Guid? under, CancellationToken cancellationToken) =>
        PublicCachingResult.Csv(CsvExports.Missions(await sender.Send(new ExportPublicMissions.Query(q, under), cancellationToken)), "missions.csv");

    /// <summary>One open unit's current published mission, with its parent and the units above it.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The mission.</response>
    /// <response code="304">Not modified since the ETag in If-None-Match.</response>
    /// <response code="404">No such unit, it is closed, or it has published no mission.</response>
    [HttpGet("missions/{unitId:guid}")]
    [ProducesResponseType<PublicMissionDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Mission(Guid unitId, CancellationToken cancellationToken) =>
        PublicCachingResult.Json(await sender.Send(new GetPublicMission.Query(unitId), cancellationToken));

    /// <summary>One open unit's current published mission as CSV: the columns of <c>missions.csv</c>, one row.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The CSV file.</response>
    /// <response code="304">Not modified since the ETag in If-None-Match.</response>
    /// <response code="404">No such unit, it is closed, or it has published no mission.</response>
    [HttpGet("missions/{unitId:guid}.csv")]
    [ProducesResponseType(typeof(FileContentResult), StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> MissionCsv(Guid unitId, CancellationToken cancellationToken) =>
        PublicCachingResult.Csv(CsvExports.Missions([await sender.Send(new GetPublicMission.Query(unitId), cancellationToken)]), $"mission-{unitId}.csv");

    /// <summary>The published summaries for politicians, each at its latest version, the newest cycle first (the city before its administrations).</summary>
    /// <param name="unitId">Only this city's or administration's summaries.</param>
    /// <param name="cycleId">Only this cycle's.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of summaries, with the total count.</response>
    /// <response code="304">Not modified since the ETag in If-None-Match.</response>
    /// <response code="400">Paging is invalid.</response>
    [HttpGet("summaries")]
    [ProducesResponseType<PagedList<PublishedSummaryDto>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> Summaries(
        Guid? unitId, Guid? cycleId, int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        PublicCachingResult.Json(await sender.Send(new ListPublishedSummaries.Query(unitId, cycleId, page, pageSize), cancellationToken));

    /// <summary>Every matching published summary as CSV, one row per summary at its latest version (not paged).</summary>
    /// <param name="unitId">Only this city's or administration's summaries.</param>
    /// <param name="cycleId">Only this cycle's.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The CSV file (columns summary_id, number, cycle_id, cycle_name, cycle_opens_on, unit_id, unit_name, published_at).</response>
    /// <response code="304">Not modified since the ETag in If-None-Match.</response>
    [HttpGet("summaries.csv")]
    [ProducesResponseType(typeof(FileContentResult), StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<IActionResult> SummariesCsv(Guid? unitId, Guid? cycleId, CancellationToken cancellationToken) =>
        PublicCachingResult.Csv(CsvExports.Summaries(await sender.Send(new ExportPublishedSummaries.Query(unitId, cycleId), cancellationToken)), "summaries.csv");

    /// <summary>A published summary: its latest version, or an older one. Never the draft.</summary>
    /// <param name="id">The summary.</param>
    /// <param name="version">A published version's number (1, 2, …); the latest when left out.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The summary version (<c>latestVersion</c> tells whether a newer one exists).</response>
    /// <response code="304">Not modified since the ETag in If-None-Match.</response>
    /// <response code="400">The version is not a positive number.</response>
    /// <response code="404">No such summary, it has not been published, or no such version.</response>
    [HttpGet("summaries/{id:guid}")]
    [ProducesResponseType<PublicSummaryDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Summary(Guid id, int? version, CancellationToken cancellationToken) =>
        PublicCachingResult.Json(await sender.Send(new GetPublicSummary.Query(id, version), cancellationToken));

    /// <summary>
    /// A published summary as CSV: one table <c>section,name,measure,value</c> with the figures, status per theme, trend,
    /// comparison of administrations, recurring challenges, support asked, highlights, quotes and the narrative. The same
    /// file as <c>GET /api/v1/summaries/{id}.csv</c>.
    /// </summary>
    /// <param name="id">The summary.</param>
    /// <param name="version">A published version's number; the latest when left out.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The CSV file.</response>
    /// <response code="304">Not modified since the ETag in If-None-Match.</response>
    /// <response code="400">The version is not a positive number.</response>
    /// <response code="404">No such summary, it has not been published, or no such version.</response>
    [HttpGet("summaries/{id:guid}.csv")]
    [ProducesResponseType(typeof(FileContentResult), StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> SummaryCsv(Guid id, int? version, CancellationToken cancellationToken) =>
        await SummaryCsvController.PublishedAsync(sender, id, version, cancellationToken);
}

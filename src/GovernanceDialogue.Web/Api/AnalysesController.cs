using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Features.Analyses;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.Web.Api;

/// <summary>A unit's current-state analyses (nulägesanalyser) with their evidence, and imports from Kolada.</summary>
[Route("api/v1/units/{unitId:guid}/analyses")]
public sealed class AnalysesController(ISender sender, IOptions<JsonOptions> json) : ApiControllerBase
{
    /// <summary>The unit's analyses, newest period first (drafts only for the unit's editors).</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The analyses.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not a manager, executive or politician for this unit.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<AnalysisSummaryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<AnalysisSummaryDto>> List(Guid unitId, CancellationToken cancellationToken) =>
        await sender.Send(new ListAnalyses.Query(unitId), cancellationToken);

    /// <summary>Starts the unit's analysis for a period (one per unit and period).</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="request">The period (a year).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Created.</response>
    /// <response code="400">The period is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such unit.</response>
    /// <response code="409">The period already has an analysis, or the unit is closed.</response>
    [HttpPost]
    [ProducesResponseType<AnalysisDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<AnalysisDto>> Create(Guid unitId, CreateAnalysisRequest request, CancellationToken cancellationToken)
    {
        var analysis = await sender.Send(new CreateAnalysis.Command(unitId, request.Period), cancellationToken);
        return CreatedAtAction(nameof(Get), new { unitId, analysisId = analysis.Id }, WithETag(analysis, analysis.Version));
    }

    /// <summary>Reads an analysis, with the previous period's beside it when asked.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="analysisId">The analysis.</param>
    /// <param name="withPrevious">Also return the unit's analysis of the period before.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The analysis; the ETag header is what a PUT sends as If-Match.</response>
    /// <response code="400">withPrevious is not true or false.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not a reader of this unit's analyses.</response>
    /// <response code="404">No such analysis for this unit (or a draft you may not see).</response>
    [HttpGet("{analysisId:guid}")]
    [ProducesResponseType<GetAnalysis.Response>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<GetAnalysis.Response> Get(Guid unitId, Guid analysisId, bool withPrevious = false, CancellationToken cancellationToken = default)
    {
        var response = await sender.Send(new GetAnalysis.Query(unitId, analysisId, withPrevious), cancellationToken);
        return WithETag(response, response.Analysis.Version);
    }

    /// <summary>Writes the texts of a draft analysis.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="analysisId">The analysis.</param>
    /// <param name="request">The texts (each at most 4000 characters) and the groups of the equality perspective.</param>
    /// <param name="ifMatch">The ETag from your last GET (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved.</response>
    /// <response code="400">A text is too long or a group unknown.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such analysis for this unit.</response>
    /// <response code="409">The analysis is completed, the unit is closed, or someone else saved it at the same moment.</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("{analysisId:guid}")]
    [ProducesResponseType<AnalysisDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<AnalysisDto> Update(
        Guid unitId, Guid analysisId, AnalysisRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var analysis = await sender.Send(
            new UpdateAnalysis.Command(
                unitId, analysisId, ETag.Required(ifMatch), request.Strengths, request.Challenges, request.Risks, request.CitizenPerspective,
                request.EmployeePerspective, request.EqualityGroups, request.EqualityPerspective, request.CollaborationNeeds),
            cancellationToken);
        return WithETag(analysis, analysis.Version);
    }

    /// <summary>Completes the analysis (strengths, challenges and the equality perspective must be written). It is read-only afterwards.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="analysisId">The analysis.</param>
    /// <param name="ifMatch">Optional ETag.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Completed.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such analysis for this unit.</response>
    /// <response code="409">Already completed, required parts are missing, the unit is closed, or someone else changed it at the same moment.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("{analysisId:guid}/complete")]
    [ProducesResponseType<AnalysisDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<AnalysisDto> Complete(Guid unitId, Guid analysisId, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var analysis = await sender.Send(new CompleteAnalysis.Command(unitId, analysisId, ETag.Parse(ifMatch)), cancellationToken);
        return WithETag(analysis, analysis.Version);
    }

    /// <summary>The analysis's indicator observations (its evidence).</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="analysisId">The analysis.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The observations.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not a reader of this unit's analyses.</response>
    /// <response code="404">No such analysis for this unit.</response>
    [HttpGet("{analysisId:guid}/observations")]
    [ProducesResponseType<IReadOnlyList<ObservationDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<ObservationDto>> Observations(Guid unitId, Guid analysisId, CancellationToken cancellationToken) =>
        (await sender.Send(new GetAnalysis.Query(unitId, analysisId), cancellationToken)).Analysis.Observations;

    /// <summary>Adds an indicator observation (title, value, unit of measure, period, source; optional Kolada id, women/men, comparison).</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="analysisId">The analysis.</param>
    /// <param name="request">The observation.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Added (or, for a Kolada key figure already observed for the period, replaced).</response>
    /// <response code="400">A field is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such analysis for this unit.</response>
    /// <response code="409">The analysis is completed or the unit is closed.</response>
    [HttpPost("{analysisId:guid}/observations")]
    [ProducesResponseType<ObservationDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<ObservationDto>> AddObservation(Guid unitId, Guid analysisId, ObservationRequest request, CancellationToken cancellationToken)
    {
        var observation = await sender.Send(
            new AddObservation.Command(
                unitId, analysisId, request.Title, request.Value, request.UnitOfMeasure, request.Period, request.Source, request.KoladaKpiId,
                request.ValueWomen, request.ValueMen, request.ComparisonValue, request.ComparisonLabel),
            cancellationToken);
        return StatusCode(StatusCodes.Status201Created, observation);
    }

    /// <summary>Removes an observation from a draft analysis.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="analysisId">The analysis.</param>
    /// <param name="observationId">The observation.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="204">Removed.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such analysis or observation.</response>
    /// <response code="409">The analysis is completed or the unit is closed.</response>
    [HttpDelete("{analysisId:guid}/observations/{observationId:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> RemoveObservation(Guid unitId, Guid analysisId, Guid observationId, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveObservation.Command(unitId, analysisId, observationId), cancellationToken);
        return NoContent();
    }

    /// <summary>
    /// Imports key figures in Kolada's data-API JSON shape, sent as the body or as an uploaded file (field <c>file</c>):
    /// <c>{"values":[{"kpi","municipality"|"ou","period","values":[{"gender":"T|K|M","value","status","count"}]}],"kpis":[{"id","title"}]}</c>.
    /// A document with any problem imports nothing; the answer lists every problem.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="analysisId">The draft analysis.</param>
    /// <param name="document">The Kolada document (JSON body).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Imported: added, replaced and skipped counts and the observations.</response>
    /// <response code="400">The document has problems, each listed by its JSON path; nothing was imported.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such analysis for this unit.</response>
    /// <response code="409">The analysis is completed, the unit is closed, or the same key figures were imported at the same moment.</response>
    /// <response code="415">The body is neither JSON nor a multipart form.</response>
    [HttpPost("{analysisId:guid}/import/kolada")]
    [Consumes("application/json")]
    [ProducesResponseType<ImportKolada.Response>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    public async Task<ImportKolada.Response> ImportKolada(Guid unitId, Guid analysisId, KoladaDocument document, CancellationToken cancellationToken) =>
        await sender.Send(new ImportKolada.Command(unitId, analysisId, document), cancellationToken);

    /// <summary>The same import, from an uploaded file (multipart form field <c>file</c>, at most 5 MB).</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="analysisId">The draft analysis.</param>
    /// <param name="file">The Kolada JSON file.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Imported.</response>
    /// <response code="400">The file is missing, not JSON, or has problems (each listed); nothing was imported.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such analysis for this unit.</response>
    /// <response code="409">The analysis is completed, the unit is closed, or the same key figures were imported at the same moment.</response>
    /// <response code="415">The body is neither JSON nor a multipart form.</response>
    [HttpPost("{analysisId:guid}/import/kolada")]
    [Consumes("multipart/form-data")]
    [ProducesResponseType<ImportKolada.Response>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    public async Task<ImportKolada.Response> ImportKoladaFile(Guid unitId, Guid analysisId, IFormFile? file, CancellationToken cancellationToken)
    {
        var document = await KoladaFile.ReadAsync(file, json.Value.JsonSerializerOptions, cancellationToken);
        return await sender.Send(new ImportKolada.Command(unitId, analysisId, document), cancellationToken);
    }
}

/// <summary>Reads an uploaded Kolada file into the document the import takes.</summary>
public static class KoladaFile
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static async Task<KoladaDocument> ReadAsync(IFormFile? file, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            throw new ValidationException([new ValidationFailure("file", "Choose a Kolada JSON file.")]);
        }

        if (file.Length > MaxBytes)
        {
            throw new ValidationException([new ValidationFailure("file", $"The file is larger than {MaxBytes / (1024 * 1024)} MB.")]);
        }

        try
        {
            await using var stream = file.OpenReadStream();
            return await JsonSerializer.DeserializeAsync<KoladaDocument>(stream, options, cancellationToken)
                ?? throw new JsonException("The file is empty.");
        }
        catch (JsonException ex)
        {
            throw new ValidationException([new ValidationFailure("file", $"The file is not Kolada JSON: {ex.Message}")]);
        }
    }
}

/// <summary>The period of a new analysis.</summary>
/// <param name="Period">The year, e.g. 2026.</param>
public sealed record CreateAnalysisRequest(int Period);

/// <summary>The texts of an analysis.</summary>
public sealed record AnalysisRequest(
    string? Strengths,
    string? Challenges,
    string? Risks,
    string? CitizenPerspective,
    string? EmployeePerspective,
    IReadOnlyList<EqualityGroup>? EqualityGroups,
    string? EqualityPerspective,
    string? CollaborationNeeds);

/// <summary>An indicator observation.</summary>
public sealed record ObservationRequest(
    string Title,
    decimal? Value,
    string? UnitOfMeasure,
    string Period,
    string Source,
    string? KoladaKpiId,
    decimal? ValueWomen,
    decimal? ValueMen,
    decimal? ComparisonValue,
    string? ComparisonLabel);

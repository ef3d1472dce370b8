using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Features.Public;
using GovernanceDialogue.Core.Features.Records;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Web.Exports;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GovernanceDialogue.Web.Api;

/// <summary>
/// Documents to print, send and archive: a summary as PDF, and a unit's complete record of a dialogue cycle as JSON or
/// PDF. PDFs are in Swedish unless <c>?culture=en-GB</c> asks for English, and download as files.
/// </summary>
[Route("api/v1")]
public sealed class ExportsController(ISender sender, IStringLocalizer<SharedResource> localizer) : ApiControllerBase
{
    /// <summary>
    /// A summary as a printable PDF: its narrative, highlights, quotes, figures and the three charts, each followed by
    /// its numbers. The latest published version unless you ask for another version, or (executives of its scope) the draft.
    /// </summary>
    /// <param name="id">The summary.</param>
    /// <param name="version">A published version number (1, 2, …); the latest when left out.</param>
    /// <param name="draft">True for the current draft instead of a published version (the executives of the summary's scope only).</param>
    /// <param name="culture">The document's language: <c>sv-SE</c> (the default) or <c>en-GB</c>.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The PDF, as an attachment.</response>
    /// <response code="400">An unknown culture, a version below 1, or a version together with the draft.</response>
    /// <response code="401">The draft was asked for without signing in.</response>
    /// <response code="403">The draft was asked for by someone who is not an executive of the summary's scope.</response>
    /// <response code="404">No such summary or version, or it has not been published (and you may not read its draft).</response>
    [HttpGet("summaries/{id:guid}.pdf")]
    [ProducesResponseType(typeof(FileContentResult), StatusCodes.Status200OK, ExportFile.Pdf)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> SummaryAsPdf(Guid id, int? version, bool draft = false, string? culture = null, CancellationToken cancellationToken = default)
    {
        var texts = new ExportTexts(localizer, ExportTexts.Resolve(culture));
        if (version is not null && draft)
        {
            throw new ValidationException([new ValidationFailure("version", "Ask for a published version or for the draft, not both.")]);
        }

        // The same reading as the CSV's: the published version (the latest, or the one asked for), or the draft.
        var document = draft
            ? SummaryDocument.DraftOf(await sender.Send(new GetSummaryDraft.Query(id), cancellationToken))
            : SummaryDocument.Of(await sender.Send(new GetPublicSummary.Query(id, version), cancellationToken));

        var pdf = SummaryPdf.Render(document, texts);
        ExportFile.AttachAs(
            Response, "pdf", texts["Export.Summary.FileName"], document.CycleName, document.UnitName,
            document.Version is { } n ? $"v{n}" : texts["Export.Summary.DraftFileName"]);
        if (document.Version is null)
        {
            // A draft is for the executives: no shared cache keeps it.
            Response.Headers.CacheControl = "private, no-store";
        }

        return File(pdf, ExportFile.Pdf);
    }

    /// <summary>
    /// A unit's complete record of one dialogue cycle, for archiving: its published mission, the analysis and
    /// prioritised goals of the cycle's year, and the dialogue with its answers, goal assessments, follow-ups, meeting
    /// and agreements (with their notes).
    /// </summary>
    /// <param name="id">The unit.</param>
    /// <param name="cycleId">The dialogue cycle.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The record, as a JSON attachment.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Neither the unit's manager nor an executive above it.</response>
    /// <response code="404">No such unit or cycle, or the unit had no dialogue in the cycle.</response>
    [HttpGet("units/{id:guid}/cycles/{cycleId:guid}/record")]
    [ProducesResponseType<UnitRecordDto>(StatusCodes.Status200OK, ExportFile.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<UnitRecordDto> Record(Guid id, Guid cycleId, CancellationToken cancellationToken)
    {
        var record = await sender.Send(new GetUnitRecord.Query(id, cycleId), cancellationToken);
        var texts = new ExportTexts(localizer, ExportTexts.Resolve(null));
        ExportFile.AttachAs(Response, "json", texts["Export.Record.FileName"], record.Cycle.Name, record.Unit.Name);
        Response.Headers.CacheControl = "private, no-store";
        return record;
    }

    /// <summary>The same record of a unit's dialogue cycle as a printable PDF for the archive.</summary>
    /// <param name="id">The unit.</param>
    /// <param name="cycleId">The dialogue cycle.</param>
    /// <param name="culture">The document's language: <c>sv-SE</c> (the default) or <c>en-GB</c>.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The PDF, as an attachment.</response>
    /// <response code="400">An unknown culture.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Neither the unit's manager nor an executive above it.</response>
    /// <response code="404">No such unit or cycle, or the unit had no dialogue in the cycle.</response>
    [HttpGet("units/{id:guid}/cycles/{cycleId:guid}/record.pdf")]
    [ProducesResponseType(typeof(FileContentResult), StatusCodes.Status200OK, ExportFile.Pdf)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> RecordAsPdf(Guid id, Guid cycleId, string? culture = null, CancellationToken cancellationToken = default)
    {
        var record = await sender.Send(new GetUnitRecord.Query(id, cycleId), cancellationToken);
        var texts = new ExportTexts(localizer, ExportTexts.Resolve(culture));
        var pdf = UnitRecordPdf.Render(record, texts);
        ExportFile.AttachAs(Response, "pdf", texts["Export.Record.FileName"], record.Cycle.Name, record.Unit.Name);
        Response.Headers.CacheControl = "private, no-store";
        return File(pdf, ExportFile.Pdf);
    }
}

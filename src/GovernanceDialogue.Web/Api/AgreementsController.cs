using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Agreements;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>Agreements (överenskommelser): what a dialogue ended in, binding the unit or its leadership, followed up until done or dropped.</summary>
[Route("api/v1")]
public sealed class AgreementsController(ISender sender) : ApiControllerBase
{
    /// <summary>The agreements made in a dialogue, whatever their status: open ones first, then by due date.</summary>
    /// <param name="id">The dialogue.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The agreements, open first, then by due date.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager, an executive above it, or a read token over it.</response>
    /// <response code="404">No such dialogue.</response>
    [HttpGet("dialogues/{id:guid}/agreements")]
    [ProducesResponseType<IReadOnlyList<AgreementDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<AgreementDto>> ForDialogue(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new ListAgreements.Query(DialogueId: id), cancellationToken);

    /// <summary>Records an agreement of a held dialogue: binding the unit or leadership (Side), due on or after the meeting.</summary>
    /// <param name="id">The dialogue.</param>
    /// <param name="request">Description, side (Unit or Leadership), responsible person, due date.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Recorded.</response>
    /// <response code="400">A field is invalid, or it is due before the meeting.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive above the unit.</response>
    /// <response code="404">No such dialogue.</response>
    /// <response code="409">The dialogue is not held, or the cycle is not open.</response>
    [HttpPost("dialogues/{id:guid}/agreements")]
    [ProducesResponseType<AgreementDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<AgreementDto>> Add(Guid id, AgreementInput request, CancellationToken cancellationToken)
    {
        var agreement = await sender.Send(new AddAgreement.Command(id, request), cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = agreement.Id }, WithETag(agreement, agreement.Version));
    }

    /// <summary>A unit's agreements from all its dialogues with one status (open ones by default), by due date.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="status">Open (the default), Done or Dropped.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The agreements, by due date.</response>
    /// <response code="400">The status is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager, an executive above it, or a read token over it.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet("units/{unitId:guid}/agreements")]
    [ProducesResponseType<IReadOnlyList<AgreementDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<AgreementDto>> ForUnit(Guid unitId, AgreementStatus? status, CancellationToken cancellationToken) =>
        await sender.Send(new ListAgreements.Query(UnitId: unitId, Status: status), cancellationToken);

    /// <summary>Reads one agreement with its follow-up notes.</summary>
    /// <param name="id">The agreement.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The agreement, with its ETag.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager, an executive above it, or a read token over it.</response>
    /// <response code="404">No such agreement.</response>
    [HttpGet("agreements/{id:guid}")]
    [ProducesResponseType<AgreementDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<AgreementDto> Get(Guid id, CancellationToken cancellationToken)
    {
        var agreement = await sender.Send(new GetAgreement.Query(id), cancellationToken);
        return WithETag(agreement, agreement.Version);
    }

    /// <summary>Revises an open agreement's description, responsible person or due date (its side stays).</summary>
    /// <param name="id">The agreement.</param>
    /// <param name="request">The new wording, person and due date.</param>
    /// <param name="ifMatch">The ETag from your last GET (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved.</response>
    /// <response code="400">A field is invalid, or it would be due before the meeting.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager or an executive above it.</response>
    /// <response code="404">No such agreement.</response>
    /// <response code="409">The agreement is done or dropped.</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("agreements/{id:guid}")]
    [ProducesResponseType<AgreementDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<AgreementDto> Update(Guid id, AgreementRevision request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var agreement = await sender.Send(new UpdateAgreement.Command(id, ETag.Required(ifMatch), request.Description, request.Responsible, request.DueOn), cancellationToken);
        return WithETag(agreement, agreement.Version);
    }

    /// <summary>Adds a follow-up note to an agreement (how it is going).</summary>
    /// <param name="id">The agreement.</param>
    /// <param name="request">The note.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The agreement with the note.</response>
    /// <response code="400">The note is empty or too long.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager or an executive above it.</response>
    /// <response code="404">No such agreement.</response>
    [HttpPost("agreements/{id:guid}/notes")]
    [ProducesResponseType<AgreementDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<AgreementDto> Note(Guid id, NoteRequest request, CancellationToken cancellationToken)
    {
        var agreement = await sender.Send(new AddAgreementNote.Command(id, request.Text), cancellationToken);
        return WithETag(agreement, agreement.Version);
    }

    /// <summary>Marks an open agreement done, with an optional closing note.</summary>
    /// <param name="id">The agreement.</param>
    /// <param name="request">An optional note.</param>
    /// <param name="ifMatch">Optional: the ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Done.</response>
    /// <response code="400">The note is too long.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager or an executive above it.</response>
    /// <response code="404">No such agreement.</response>
    /// <response code="409">Already done or dropped.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("agreements/{id:guid}/done")]
    [ProducesResponseType<AgreementDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<AgreementDto> Done(Guid id, DoneRequest? request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var agreement = await sender.Send(new CompleteAgreement.Command(id, ETag.Parse(ifMatch), request?.Note), cancellationToken);
        return WithETag(agreement, agreement.Version);
    }

    /// <summary>Drops an open agreement, with the reason; it stops following the unit into new dialogues.</summary>
    /// <param name="id">The agreement.</param>
    /// <param name="request">Why.</param>
    /// <param name="ifMatch">Optional: the ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Dropped.</response>
    /// <response code="400">The reason is missing.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager or an executive above it.</response>
    /// <response code="404">No such agreement.</response>
    /// <response code="409">Already done or dropped.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("agreements/{id:guid}/drop")]
    [ProducesResponseType<AgreementDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<AgreementDto> Drop(Guid id, ReasonRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var agreement = await sender.Send(new DropAgreement.Command(id, ETag.Parse(ifMatch), request.Reason), cancellationToken);
        return WithETag(agreement, agreement.Version);
    }

    /// <summary>
    /// What you still owe: as an executive, the open agreements leadership made for the units under you; as a unit
    /// manager, the open agreements of your units. By due date (overdue ones are flagged).
    /// </summary>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Your open commitments (empty lists for tokens).</response>
    /// <response code="401">Not signed in.</response>
    [HttpGet("me/commitments")]
    [ProducesResponseType<ListMyCommitments.Response>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    public async Task<ListMyCommitments.Response> Commitments(CancellationToken cancellationToken) =>
        await sender.Send(new ListMyCommitments.Query(), cancellationToken);
}

/// <summary>An agreement's revisable fields.</summary>
public sealed record AgreementRevision(string Description, string Responsible, DateOnly? DueOn);

/// <summary>A follow-up note.</summary>
public sealed record NoteRequest(string Text);

/// <summary>An optional closing note.</summary>
public sealed record DoneRequest(string? Note);

using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Dialogues;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>
/// Operational dialogues (verksamhetsdialoger): the manager's preparation notes, the meeting, the agreements made.
/// Only the unit's managers and the executives above it read them.
/// </summary>
[Route("api/v1")]
public sealed class DialoguesController(ISender sender) : ApiControllerBase
{
    /// <summary>Reads a dialogue with its notes, goals, agreements to follow up, meeting and agreements made.</summary>
    /// <param name="id">The dialogue.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The dialogue; its ETag is what changes send as If-Match.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager or an executive above it.</response>
    /// <response code="404">No such dialogue.</response>
    [HttpGet("dialogues/{id:guid}")]
    [ProducesResponseType<DialogueDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<DialogueDto> Get(Guid id, CancellationToken cancellationToken)
    {
        var dialogue = await sender.Send(new GetDialogue.Query(id), cancellationToken);
        return WithETag(dialogue, dialogue.Version);
    }

    /// <summary>A unit's dialogues, newest cycle first.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The unit's dialogues.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager or an executive above it.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet("units/{unitId:guid}/dialogues")]
    [ProducesResponseType<IReadOnlyList<UnitDialogueDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<UnitDialogueDto>> ForUnit(Guid unitId, CancellationToken cancellationToken) =>
        await sender.Send(new ListUnitDialogues.Query(unitId), cancellationToken);

    /// <summary>
    /// Saves the manager's draft notes, replacing the whole draft: answers to the text questions (by key), an
    /// assessment (OnTrack, Uncertain, OffTrack) and narrative per goal, a note per agreement to follow up.
    /// </summary>
    /// <param name="id">The dialogue.</param>
    /// <param name="request">The notes.</param>
    /// <param name="ifMatch">The ETag from your last GET (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved.</response>
    /// <response code="400">A field is invalid, or a key, goal or agreement is not this dialogue's.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager.</response>
    /// <response code="404">No such dialogue.</response>
    /// <response code="409">The dialogue is no longer being prepared, or its cycle is not open.</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("dialogues/{id:guid}/notes")]
    [ProducesResponseType<DialogueDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<DialogueDto> SaveNotes(Guid id, NotesRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var dialogue = await sender.Send(
            new SaveDialogueNotes.Command(id, ETag.Required(ifMatch), request.Answers, request.Goals, request.FollowUps), cancellationToken);
        return WithETag(dialogue, dialogue.Version);
    }

    /// <summary>Submits the notes to leadership. Every goal needs an assessment first; notes on earlier agreements join their history.</summary>
    /// <param name="id">The dialogue.</param>
    /// <param name="ifMatch">Optional: the ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Submitted.</response>
    /// <response code="400">A goal has no assessment (one error per goal).</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager.</response>
    /// <response code="404">No such dialogue.</response>
    /// <response code="409">Already submitted, or the cycle is not open.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("dialogues/{id:guid}/submit")]
    [ProducesResponseType<DialogueDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<DialogueDto> Submit(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var dialogue = await sender.Send(new SubmitDialogue.Command(id, ETag.Parse(ifMatch)), cancellationToken);
        return WithETag(dialogue, dialogue.Version);
    }

    /// <summary>
    /// Records the meeting of a submitted dialogue: the day (between the cycle's opening and today), the participants,
    /// leadership's written response, and the agreements made (each due on or after the meeting).
    /// </summary>
    /// <param name="id">The dialogue.</param>
    /// <param name="request">The meeting record.</param>
    /// <param name="ifMatch">Optional: the ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Recorded.</response>
    /// <response code="400">A field is invalid, or an agreement is due before the meeting.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive above the unit.</response>
    /// <response code="404">No such dialogue.</response>
    /// <response code="409">The notes were not submitted, or the cycle is not open.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("dialogues/{id:guid}/held")]
    [ProducesResponseType<DialogueDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<DialogueDto> Held(Guid id, HeldRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var dialogue = await sender.Send(
            new RecordDialogueHeld.Command(id, ETag.Parse(ifMatch), request.HeldOn, request.Participants, request.LeadershipResponse, request.Agreements),
            cancellationToken);
        return WithETag(dialogue, dialogue.Version);
    }

    /// <summary>Closes a held dialogue. Its open agreements follow the unit into the next cycle.</summary>
    /// <param name="id">The dialogue.</param>
    /// <param name="ifMatch">Optional: the ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Closed.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive above the unit.</response>
    /// <response code="404">No such dialogue.</response>
    /// <response code="409">The dialogue is not held, or the cycle is not open.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("dialogues/{id:guid}/close")]
    [ProducesResponseType<DialogueDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<DialogueDto> Close(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var dialogue = await sender.Send(new CloseDialogue.Command(id, ETag.Parse(ifMatch)), cancellationToken);
        return WithETag(dialogue, dialogue.Version);
    }

    /// <summary>Moves a dialogue one step back (submitted → preparing, held → submitted, closed → held), with a reason that is kept and audited.</summary>
    /// <param name="id">The dialogue.</param>
    /// <param name="request">Why.</param>
    /// <param name="ifMatch">Optional: the ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Reopened.</response>
    /// <response code="400">The reason is missing.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive above the unit.</response>
    /// <response code="404">No such dialogue.</response>
    /// <response code="409">The dialogue is still being prepared, or the cycle is not open.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("dialogues/{id:guid}/reopen")]
    [ProducesResponseType<DialogueDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<DialogueDto> Reopen(Guid id, ReasonRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var dialogue = await sender.Send(new ReopenDialogue.Command(id, ETag.Parse(ifMatch), request.Reason), cancellationToken);
        return WithETag(dialogue, dialogue.Version);
    }
}

/// <summary>The manager's notes: answers by question key, goal assessments, follow-up notes.</summary>
public sealed record NotesRequest(
    IReadOnlyList<SaveDialogueNotes.Answer>? Answers, IReadOnlyList<SaveDialogueNotes.GoalNote>? Goals, IReadOnlyList<SaveDialogueNotes.FollowUpNote>? FollowUps);

/// <summary>The meeting: its day, participants, leadership's response, and the agreements made.</summary>
public sealed record HeldRequest(DateOnly? HeldOn, IReadOnlyList<string>? Participants, string LeadershipResponse, IReadOnlyList<AgreementInput>? Agreements);

/// <summary>A reason, for reopening or dropping.</summary>
public sealed record ReasonRequest(string Reason);

using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Cycles;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>Dialogue cycles (dialogomgångar): scheduled, opened (a dialogue per unit), closed; their progress and dialogues.</summary>
[Route("api/v1/cycles")]
public sealed class CyclesController(ISender sender) : ApiControllerBase
{
    /// <summary>Lists cycles, newest first: all, or those covering a unit, by status and year.</summary>
    /// <param name="unitId">Only cycles whose scope contains this unit, or lies within it.</param>
    /// <param name="status">Scheduled, Open or Closed.</param>
    /// <param name="year">The year the cycle opens in.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of cycles.</response>
    /// <response code="400">A filter is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet]
    [ProducesResponseType<PagedList<CycleDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedList<CycleDto>> List(
        Guid? unitId, CycleStatus? status, int? year, int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListCycles.Query(unitId, status, year, page, pageSize), cancellationToken);

    /// <summary>Schedules a cycle by hand for a city or an administration (the yearly wheel creates the recurring ones).</summary>
    /// <param name="command">Scope, name, template (the default template when null) and the five dates.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Scheduled.</response>
    /// <response code="400">A field is invalid, the scope unit is missing or does not exist, the dates are out of order, or the template does not exist.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator or an executive of the scope.</response>
    /// <response code="409">The scope is a unit or closed, or another cycle covers the same units in an overlapping window.</response>
    [HttpPost]
    [ProducesResponseType<CycleDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<CycleDto>> Create(CreateCycle.Command command, CancellationToken cancellationToken)
    {
        var cycle = await sender.Send(command, cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = cycle.Id }, WithETag(cycle, cycle.Version));
    }

    /// <summary>Reads one cycle.</summary>
    /// <param name="id">The cycle.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The cycle, with its ETag.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="404">No such cycle.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<CycleDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<CycleDto> Get(Guid id, CancellationToken cancellationToken)
    {
        var cycle = await sender.Send(new GetCycle.Query(id), cancellationToken);
        return WithETag(cycle, cycle.Version);
    }

    /// <summary>Changes a scheduled cycle's name, template or dates.</summary>
    /// <param name="id">The cycle.</param>
    /// <param name="request">Name, template (the cycle keeps its current template when null) and the five dates.</param>
    /// <param name="ifMatch">The ETag from your last GET (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved.</response>
    /// <response code="400">A field is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator or an executive of the scope.</response>
    /// <response code="404">No such cycle.</response>
    /// <response code="409">The cycle is already open or closed, or the new window overlaps another cycle.</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<CycleDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<CycleDto> Update(Guid id, CycleRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var cycle = await sender.Send(
            new UpdateCycle.Command(
                id, ETag.Required(ifMatch), request.Name, request.TemplateId, request.OpensOn, request.PreparationDueOn, request.DialoguesFrom,
                request.DialoguesTo, request.ClosesOn),
            cancellationToken);
        return WithETag(cycle, cycle.Version);
    }

    /// <summary>
    /// Opens a scheduled cycle now: each active unit in scope gets its dialogue with its goals of the year and its open
    /// agreements, and its managers are notified. Opening an open cycle again changes nothing.
    /// </summary>
    /// <param name="id">The cycle.</param>
    /// <param name="ifMatch">Optional: the ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Open.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator or an executive of the scope.</response>
    /// <response code="404">No such cycle.</response>
    /// <response code="409">The cycle is closed, its close date has passed, or another open cycle covers the same units.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("{id:guid}/open")]
    [ProducesResponseType<CycleDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<CycleDto> Open(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var cycle = await sender.Send(new OpenCycle.Command(id, ETag.Parse(ifMatch)), cancellationToken);
        return WithETag(cycle, cycle.Version);
    }

    /// <summary>
    /// Closes an open cycle now: dialogues not yet closed are flagged unfinished and the cycle's figures are prepared
    /// for the summary. Closing a closed cycle again changes nothing.
    /// </summary>
    /// <param name="id">The cycle.</param>
    /// <param name="ifMatch">Optional: the ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Closed.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator or an executive of the scope.</response>
    /// <response code="404">No such cycle.</response>
    /// <response code="409">The cycle was never opened.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("{id:guid}/close")]
    [ProducesResponseType<CycleDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<CycleDto> Close(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var cycle = await sender.Send(new CloseCycle.Command(id, ETag.Parse(ifMatch)), cancellationToken);
        return WithETag(cycle, cycle.Version);
    }

    /// <summary>
    /// The cycle's progress in a part of the organisation (the cycle's scope by default): dialogues by status in
    /// total and per part below, and who is overdue. Never the notes.
    /// </summary>
    /// <param name="id">The cycle.</param>
    /// <param name="unitId">The part of the organisation: an administration or unit inside the cycle's scope.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The progress.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator, an executive of that part, or a read token over it.</response>
    /// <response code="404">No such cycle or unit.</response>
    [HttpGet("{id:guid}/progress")]
    [ProducesResponseType<CycleProgressDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<CycleProgressDto> Progress(Guid id, Guid? unitId, CancellationToken cancellationToken) =>
        await sender.Send(new GetCycleProgress.Query(id, unitId), cancellationToken);

    /// <summary>The cycle's dialogues in a part of the organisation, by unit name: status, overdue, meeting day. Never the notes.</summary>
    /// <param name="id">The cycle.</param>
    /// <param name="unitId">The part of the organisation (default: the cycle's scope).</param>
    /// <param name="status">Preparing, Submitted, Held or Closed.</param>
    /// <param name="overdue">Only overdue ones (true) or only the others (false).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of dialogues.</response>
    /// <response code="400">A filter is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator, an executive of that part, or a read token over it.</response>
    /// <response code="404">No such cycle or unit.</response>
    [HttpGet("{id:guid}/dialogues")]
    [ProducesResponseType<PagedList<DialogueSummaryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedList<DialogueSummaryDto>> Dialogues(
        Guid id, Guid? unitId, DialogueStatus? status, bool? overdue, int page = 1, int pageSize = Paging.DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new ListCycleDialogues.Query(id, unitId, status, overdue, page, pageSize), cancellationToken);

    /// <summary>The figures prepared when the cycle closed, for its scope and per administration (what the summary is built from).</summary>
    /// <param name="id">The cycle.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The figures (empty until the cycle has closed).</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator, an executive of the scope, or a read token over it.</response>
    /// <response code="404">No such cycle.</response>
    [HttpGet("{id:guid}/figures")]
    [ProducesResponseType<IReadOnlyList<CycleRollupDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<CycleRollupDto>> Figures(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new GetCycleRollups.Query(id), cancellationToken);
}

/// <summary>A scheduled cycle's new name, template (null keeps the cycle's current template) and its five dates.</summary>
public sealed record CycleRequest(
    string Name, Guid? TemplateId, DateOnly? OpensOn, DateOnly? PreparationDueOn, DateOnly? DialoguesFrom, DateOnly? DialoguesTo, DateOnly? ClosesOn);

using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Features.Lessons;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>A new lesson: its unit, optionally one of the unit's goals, and its texts.</summary>
public sealed record LessonRequest(
    Guid? UnitId, Guid? GoalId, string Title, string? Context, string? WhatWeTried, string? WhatHappened, string? WhatWeLearned,
    IReadOnlyList<string>? Tags, LessonVisibility? Visibility, bool IsFailure, Guid? CollaborationId = null);

/// <summary>A lesson's revised texts (its unit stays).</summary>
public sealed record LessonRevision(
    Guid? GoalId, string Title, string? Context, string? WhatWeTried, string? WhatHappened, string? WhatWeLearned,
    IReadOnlyList<string>? Tags, LessonVisibility? Visibility, bool IsFailure, Guid? CollaborationId = null);

/// <summary>Lessons (lärdomar): what units learned, often from what did not work, shared at a visibility of their choice.</summary>
[Route("api/v1")]
public sealed class LessonsController(ISender sender) : ApiControllerBase
{
    /// <summary>The lessons the caller may read, newest first (or best match with <c>q</c>), filtered.</summary>
    /// <param name="unitId">Only this unit and the units below it.</param>
    /// <param name="tag">Only lessons with this tag.</param>
    /// <param name="failure">Only failures worth sharing (true) or only other lessons (false).</param>
    /// <param name="visibility">UnitAndLeadership, Organisation or Public.</param>
    /// <param name="status">Draft or Shared.</param>
    /// <param name="q">Swedish full-text search ("skolor" finds "skola").</param>
    /// <param name="collaborationId">Only lessons from this collaboration (samverkan).</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Lessons per page (at most 200).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">A page of lessons: public ones for everyone, organisation ones when signed in, drafts only for the unit's managers and the executives above it.</response>
    /// <response code="400">A filter is invalid (also the all-zero unitId).</response>
    /// <response code="404">No such unit.</response>
    [HttpGet("lessons")]
    [ProducesResponseType<PagedList<LessonDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedList<LessonDto>> List(
        Guid? unitId, string? tag, bool? failure, LessonVisibility? visibility, LessonStatus? status, string? q, Guid? collaborationId,
        CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize) =>
        await sender.Send(new ListLessons.Query(unitId, tag, failure, visibility, status, q, page, pageSize, collaborationId), cancellationToken);

    /// <summary>Writes a draft lesson for a unit; share it to make it readable at its visibility.</summary>
    /// <param name="request">The unit, optionally one of its goals or a collaboration it takes part in, the texts, tags, visibility and failure flag.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">The draft, with its ETag.</response>
    /// <response code="400">A field is invalid, the unit does not exist, or the goal or collaboration is not the unit's.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager or an executive above it.</response>
    [HttpPost("lessons")]
    [ProducesResponseType<LessonDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<ActionResult<LessonDto>> Create(LessonRequest request, CancellationToken cancellationToken)
    {
        var lesson = await sender.Send(
            new CreateLesson.Command(
                request.UnitId, request.GoalId, request.Title, request.Context, request.WhatWeTried, request.WhatHappened, request.WhatWeLearned,
                request.Tags, request.Visibility, request.IsFailure, request.CollaborationId),
            cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = lesson.Id }, WithETag(lesson, lesson.Version));
    }

    /// <summary>Reads one lesson, if the caller may (a draft's existence is not revealed to others).</summary>
    /// <param name="id">The lesson.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The lesson, with its ETag.</response>
    /// <response code="404">No such lesson that the caller may read.</response>
    [HttpGet("lessons/{id:guid}")]
    [ProducesResponseType<LessonDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<LessonDto> Get(Guid id, CancellationToken cancellationToken)
    {
        var lesson = await sender.Send(new GetLesson.Query(id), cancellationToken);
        return WithETag(lesson, lesson.Version);
    }

    /// <summary>Revises a lesson's texts, tags, visibility, failure flag or goal.</summary>
    /// <param name="id">The lesson.</param>
    /// <param name="request">The revised fields.</param>
    /// <param name="ifMatch">The ETag from your last GET (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved, with the new ETag.</response>
    /// <response code="400">A field is invalid, or the goal or collaboration is not the unit's.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager or an executive above it.</response>
    /// <response code="404">No such lesson.</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("lessons/{id:guid}")]
    [ProducesResponseType<LessonDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<LessonDto> Update(Guid id, LessonRevision request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var lesson = await sender.Send(
            new UpdateLesson.Command(
                id, ETag.Required(ifMatch), request.GoalId, request.Title, request.Context, request.WhatWeTried, request.WhatHappened,
                request.WhatWeLearned, request.Tags, request.Visibility, request.IsFailure, request.CollaborationId),
            cancellationToken);
        return WithETag(lesson, lesson.Version);
    }

    /// <summary>Shares a draft lesson: from now on it is readable at its visibility.</summary>
    /// <param name="id">The lesson.</param>
    /// <param name="ifMatch">The ETag from your last GET (optional; <c>*</c> or absent: any version).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Shared, with the new ETag.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager or an executive above it.</response>
    /// <response code="404">No such lesson.</response>
    /// <response code="409">It is already shared (<c>lesson-already-shared</c>).</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("lessons/{id:guid}/share")]
    [ProducesResponseType<LessonDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<LessonDto> Share(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var lesson = await sender.Send(new ShareLesson.Command(id, ETag.Parse(ifMatch)), cancellationToken);
        return WithETag(lesson, lesson.Version);
    }

    /// <summary>
    /// Turns the dialogue's "what did not work" answer into a draft lesson in one step: linked to the dialogue and its
    /// unit, flagged as a failure worth sharing, visible to the unit and its leadership until widened and shared.
    /// </summary>
    /// <param name="id">The dialogue.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The dialogue's lesson was made before: that lesson, with its ETag (nothing new is made).</response>
    /// <response code="201">The draft lesson, with its ETag.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the unit's manager or an executive above it.</response>
    /// <response code="404">No such dialogue.</response>
    /// <response code="409">The dialogue has no "what did not work" answer (<c>lesson-no-did-not-work</c>).</response>
    [HttpPost("dialogues/{id:guid}/lesson")]
    [ProducesResponseType<LessonDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<LessonDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<LessonDto>> FromDialogue(Guid id, CancellationToken cancellationToken)
    {
        var (lesson, created) = await sender.Send(new CreateLessonFromDialogue.Command(id), cancellationToken);
        return created ? CreatedAtAction(nameof(Get), new { id = lesson.Id }, WithETag(lesson, lesson.Version)) : WithETag(lesson, lesson.Version);
    }
}

using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Features.GoalPictures;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>Goal pictures (målbilder) of the city and its administrations: draft, adopt, publish, versions.</summary>
[Route("api/v1/goal-pictures")]
public sealed class GoalPicturesController(ISender sender) : ApiControllerBase
{
    /// <summary>Lists the goal pictures you may see (the public: published ones), newest first.</summary>
    /// <param name="unitId">Only this city's or administration's.</param>
    /// <param name="status">Only Draft, Adopted, Published or Superseded ones.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of goal pictures.</response>
    /// <response code="400">A filter is invalid.</response>
    [HttpGet]
    [ProducesResponseType<PagedList<GoalPictureDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedList<GoalPictureDto>> List(
        Guid? unitId, GoalPictureStatus? status, int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListGoalPictures.Query(unitId, status, page, pageSize), cancellationToken);

    /// <summary>Starts a draft goal picture for a city or an administration (one draft per scope).</summary>
    /// <param name="command">The scope, vision, narrative and 3–7 themes; an administration's themes name the city theme they serve.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Created.</response>
    /// <response code="400">A field is invalid (also a missing or unknown unitId), or a theme id or link points outside the current goal pictures.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive of this city or administration.</response>
    /// <response code="409">The scope already has a draft, is a unit (not a city or administration), or is closed.</response>
    [HttpPost]
    [ProducesResponseType<GoalPictureDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<GoalPictureDto>> Create(CreateGoalPicture.Command command, CancellationToken cancellationToken)
    {
        var picture = await sender.Send(command, cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = picture.Id }, WithETag(picture, picture.Version));
    }

    /// <summary>The current (adopted or published) goal picture of a city or administration; the city's without a scope.</summary>
    /// <param name="unitId">The city or administration (default: the city).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The current goal picture.</response>
    /// <response code="400">unitId is not a GUID.</response>
    /// <response code="404">The scope has no current goal picture you may see (the public sees published ones), or there is no open city.</response>
    [HttpGet("current")]
    [ProducesResponseType<GoalPictureDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<GoalPictureDto> Current(Guid? unitId, CancellationToken cancellationToken)
    {
        var picture = await sender.Send(new GetGoalPicture.Query(CurrentOfUnitId: unitId, Current: true), cancellationToken);
        return WithETag(picture, picture.Version);
    }

    /// <summary>Reads one goal picture version.</summary>
    /// <param name="id">The goal picture's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The goal picture; its ETag is what a PUT sends as If-Match.</response>
    /// <response code="404">No such goal picture, or not one you may see.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<GoalPictureDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<GoalPictureDto> Get(Guid id, CancellationToken cancellationToken)
    {
        var picture = await sender.Send(new GetGoalPicture.Query(id), cancellationToken);
        return WithETag(picture, picture.Version);
    }

    /// <summary>Edits a draft goal picture.</summary>
    /// <param name="id">The goal picture's id.</param>
    /// <param name="request">Vision, narrative and themes (keep a theme's id to carry it over from the current version).</param>
    /// <param name="ifMatch">The ETag from your last GET (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved.</response>
    /// <response code="400">A field is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive of this scope.</response>
    /// <response code="404">No such goal picture.</response>
    /// <response code="409">It is no longer a draft, or someone else saved it at the same moment (with If-Match: *).</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<GoalPictureDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<GoalPictureDto> Update(Guid id, GoalPictureRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var picture = await sender.Send(new UpdateGoalPicture.Command(id, ETag.Required(ifMatch), request.Vision, request.Narrative, request.Themes), cancellationToken);
        return WithETag(picture, picture.Version);
    }

    /// <summary>Records the decision that adopted the draft. If the scope has a current goal picture, name it in replacesId.</summary>
    /// <param name="id">The draft's id.</param>
    /// <param name="request">Decision date and reference (e.g. "KF 2026-03-15 § 42"), and the goal picture it replaces.</param>
    /// <param name="ifMatch">Optional ETag of the draft.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Adopted; the replaced one is superseded.</response>
    /// <response code="400">The decision is missing.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive of this scope.</response>
    /// <response code="404">No such goal picture.</response>
    /// <response code="409">Not a draft, another goal picture is adopted and was not named in replacesId, or (without If-Match) another adoption in the scope happened at the same moment.</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="415">The request has no JSON body.</response>
    [HttpPost("{id:guid}/adopt")]
    [ProducesResponseType<GoalPictureDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    public async Task<GoalPictureDto> Adopt(Guid id, AdoptRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var picture = await sender.Send(new AdoptGoalPicture.Command(id, request.DecisionDate, request.DecisionReference, request.ReplacesId, ETag.Parse(ifMatch)), cancellationToken);
        return WithETag(picture, picture.Version);
    }

    /// <summary>Publishes the adopted goal picture for everyone.</summary>
    /// <param name="id">The goal picture's id.</param>
    /// <param name="ifMatch">Optional ETag.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Published.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive of this scope.</response>
    /// <response code="404">No such goal picture.</response>
    /// <response code="409">It is not the adopted one, or (without If-Match) someone else changed it at the same moment.</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("{id:guid}/publish")]
    [ProducesResponseType<GoalPictureDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<GoalPictureDto> Publish(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var picture = await sender.Send(new PublishGoalPicture.Command(id, ETag.Parse(ifMatch)), cancellationToken);
        return WithETag(picture, picture.Version);
    }

    /// <summary>Every version of this goal picture's scope that you may see, newest first.</summary>
    /// <param name="id">Any version's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The versions.</response>
    /// <response code="404">No such goal picture.</response>
    [HttpGet("{id:guid}/versions")]
    [ProducesResponseType<IReadOnlyList<GoalPictureDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<GoalPictureDto>> Versions(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new ListGoalPictureVersions.Query(id), cancellationToken);
}

/// <summary>The content of a draft goal picture.</summary>
/// <param name="Vision">One sentence (max 500).</param>
/// <param name="Narrative">The shared picture (max 4000).</param>
/// <param name="Themes">3–7 themes.</param>
public sealed record GoalPictureRequest(string Vision, string Narrative, IReadOnlyList<ThemeInput> Themes);

/// <summary>The decision that adopted a goal picture.</summary>
/// <param name="DecisionDate">The day of the decision.</param>
/// <param name="DecisionReference">E.g. "KF 2026-03-15 § 42".</param>
/// <param name="ReplacesId">The currently adopted goal picture of the scope, if there is one.</param>
public sealed record AdoptRequest(DateOnly? DecisionDate, string DecisionReference, Guid? ReplacesId);

using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Missions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>A unit's mission (uppdrag): the draft, publishing, and the version history.</summary>
[Route("api/v1/units/{unitId:guid}/mission")]
public sealed class MissionsController(ISender sender) : ApiControllerBase
{
    /// <summary>Reads the mission: the current draft beside the latest published version.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The mission; the ETag header is the draft's version.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet]
    [ProducesResponseType<MissionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<MissionDto> Get(Guid unitId, CancellationToken cancellationToken)
    {
        var mission = await sender.Send(new GetMission.Query(unitId), cancellationToken);
        return WithETag(mission, mission.Version);
    }

    /// <summary>Saves the draft. Readers keep seeing the published version until the next publish.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="request">The draft text.</param>
    /// <param name="ifMatch">The ETag from your last GET of the mission (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved; the new ETag is in the header.</response>
    /// <response code="400">A field is empty, only whitespace or too long (assignment 4000, summary 1000, basis 1000, 20 target groups of 200).</response>
    /// <response code="404">No such unit.</response>
    /// <response code="409">The unit is closed.</response>
    /// <response code="412">Someone changed the draft since your GET; nothing was stored.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut]
    [ProducesResponseType<MissionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<MissionDto> SaveDraft(
        Guid unitId, MissionDraftRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var mission = await sender.Send(
            new SaveMissionDraft.Command(
                unitId, ETag.Required(ifMatch), request.AssignmentText, request.PlainLanguageSummary, request.TargetGroups, request.Basis),
            cancellationToken);
        return WithETag(mission, mission.Version);
    }

    /// <summary>Publishes the draft as a new immutable version that everyone can read.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="ifMatch">Optional ETag of the draft you reviewed: refuse if it changed since.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Published; the body is the new version.</response>
    /// <response code="404">No such unit.</response>
    /// <response code="409">The draft is incomplete or has no changes since the last version, or the unit is closed.</response>
    /// <response code="412">The draft changed since your GET.</response>
    [HttpPost("publish")]
    [ProducesResponseType<MissionVersionDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<ActionResult<MissionVersionDto>> Publish(
        Guid unitId, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var version = await sender.Send(new PublishMission.Command(unitId, ETag.Parse(ifMatch)), cancellationToken);
        return CreatedAtAction(nameof(GetVersion), new { unitId, number = version.Number }, version);
    }

    /// <summary>Lists the published versions, newest first.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of the history.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet("versions")]
    [ProducesResponseType<PagedList<MissionVersionSummaryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedList<MissionVersionSummaryDto>> Versions(
        Guid unitId, int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListMissionVersions.Query(unitId, page, pageSize), cancellationToken);

    /// <summary>Reads one published version.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="number">The version number, from 1.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The version, exactly as published.</response>
    /// <response code="404">No such unit or version.</response>
    [HttpGet("versions/{number:int}")]
    [ProducesResponseType<MissionVersionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<MissionVersionDto> GetVersion(Guid unitId, int number, CancellationToken cancellationToken) =>
        await sender.Send(new GetMissionVersion.Query(unitId, number), cancellationToken);
}

/// <summary>The text of a mission draft.</summary>
/// <param name="AssignmentText">The assignment (uppdraget), required, max 4000 characters.</param>
/// <param name="PlainLanguageSummary">The same in plain language for everyone, required, max 1000 characters.</param>
/// <param name="TargetGroups">Who the unit serves: up to 20 groups of max 200 characters.</param>
/// <param name="Basis">Law or council decision the assignment rests on, max 1000 characters.</param>
public sealed record MissionDraftRequest(string AssignmentText, string PlainLanguageSummary, IReadOnlyList<string>? TargetGroups, string? Basis);

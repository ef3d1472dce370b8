using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Cycles;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>The yearly wheel (årshjulet): the dialogue cycles that recur every year for a city or an administration.</summary>
[Route("api/v1/wheel")]
public sealed class WheelController(ISender sender) : ApiControllerBase
{
    /// <summary>The wheel of a city or administration (the city's by default), with the dates each entry gives this year and next.</summary>
    /// <param name="unitId">The city or administration (default: the oldest city that is open today).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The wheel (no entries when none is set; then no ETag).</response>
    /// <response code="400">The unitId is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Neither an administrator, a leader of any unit nor a read token.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet]
    [ProducesResponseType<WheelDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<WheelDto> Get(Guid? unitId, CancellationToken cancellationToken)
    {
        var wheel = await sender.Send(new GetWheel.Query(unitId), cancellationToken);
        if (wheel.Version is { } version)
        {
            Response.Headers.ETag = ETag.Format(version);
        }

        return wheel;
    }

    /// <summary>
    /// Sets the wheel of a city or administration: its recurring cycles, each with five days of the year ("MM-dd":
    /// opens, preparation due, dialogues from, dialogues to, closes) and an optional template. The daily job creates
    /// the cycles ahead of time; cycles already created keep their dates.
    /// </summary>
    /// <param name="unitId">The city or administration (required).</param>
    /// <param name="request">The entries.</param>
    /// <param name="ifMatch">The ETag from your last GET; <c>*</c> for a scope that has no wheel yet (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved.</response>
    /// <response code="400">The unitId is missing, an entry is invalid, the entries overlap, or a template does not exist.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    /// <response code="404">No such unit.</response>
    /// <response code="409">The unit is not a city or an administration.</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut]
    [ProducesResponseType<WheelDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<WheelDto> Save([FromQuery] Guid? unitId, WheelRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var wheel = await sender.Send(new SaveWheel.Command(unitId, ETag.Required(ifMatch), request.Entries), cancellationToken);
        Response.Headers.ETag = ETag.Format(wheel.Version!.Value);
        return wheel;
    }
}

/// <summary>A wheel's entries.</summary>
public sealed record WheelRequest(IReadOnlyList<WheelEntry> Entries);

using GovernanceDialogue.Core.Features.Awards;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>A nomination for the failure of the year: the lesson and why.</summary>
public sealed record NominationRequest(Guid? LessonId, string Motivation);

/// <summary>The nomination that wins the failure of the year.</summary>
public sealed record WinnerRequest(Guid? NominationId);

/// <summary>Årets misslyckande: nominations by anyone in the organisation, a shortlist and a winner decided by the city's executives.</summary>
[Route("api/v1/awards/failure-of-the-year/{year:int}")]
public sealed class AwardsController(ISender sender) : ApiControllerBase
{
    /// <summary>A city's failure of the year: the nominations and shortlist the caller may see, and the winner if its lesson is readable.</summary>
    /// <param name="year">The year.</param>
    /// <param name="cityId">The city (default: the oldest open one).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The award page: anonymous callers see only a public winner; signed-in people see nominations of lessons they may read.</response>
    /// <response code="400">The year is out of range, or the cityId is the all-zero id.</response>
    /// <response code="404">No such city.</response>
    [HttpGet("")]
    [ProducesResponseType<FailureOfTheYearDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<FailureOfTheYearDto> Get(int year, Guid? cityId, CancellationToken cancellationToken) =>
        await sender.Send(new GetFailureOfTheYear.Query(year, cityId), cancellationToken);

    /// <summary>A city's failures of the year through the years, newest first: the winners whose lessons the caller may read.</summary>
    /// <param name="cityId">The city (default: the oldest open one).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The winners: anonymous callers see those whose lessons are public.</response>
    /// <response code="400">The cityId is the all-zero id.</response>
    /// <response code="404">No such city.</response>
    [HttpGet("/api/v1/awards/failure-of-the-year")]
    [ProducesResponseType<FailureOfTheYearWinnersDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<FailureOfTheYearWinnersDto> Winners(Guid? cityId, CancellationToken cancellationToken) =>
        await sender.Send(new ListFailureOfTheYearWinners.Query(cityId), cancellationToken);

    /// <summary>Nominates a shared failure for its city's award, with a motivation (one nomination per person, lesson and year).</summary>
    /// <param name="year">The year (this one or earlier).</param>
    /// <param name="request">The lesson and the motivation.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Nominated.</response>
    /// <response code="400">A field is invalid, the year has not begun, or there is no such lesson that you may read.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Without a role for a unit (administrators and tokens do not nominate).</response>
    /// <response code="409">The lesson is not a shared failure (<c>lesson-not-nominable</c>), or you nominated it already (<c>nomination-duplicate</c>).</response>
    [HttpPost("nominations")]
    [ProducesResponseType<NominationDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<NominationDto>> Nominate(int year, NominationRequest request, CancellationToken cancellationToken)
    {
        var nomination = await sender.Send(new NominateFailure.Command(year, request.LessonId, request.Motivation), cancellationToken);
        return CreatedAtAction(nameof(Get), new { year }, nomination);
    }

    /// <summary>Puts a nomination on the shortlist (the executives of the lesson's city).</summary>
    /// <param name="year">The year.</param>
    /// <param name="id">The nomination.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Shortlisted.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive of the city.</response>
    /// <response code="404">No such nomination this year.</response>
    [HttpPost("nominations/{id:guid}/shortlist")]
    [ProducesResponseType<NominationDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<NominationDto> Shortlist(int year, Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new ShortlistNomination.Command(year, id), cancellationToken);

    /// <summary>Decides the year's winner from the shortlist (the executives of the city): one winner per city and year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="request">The winning nomination.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Decided.</response>
    /// <response code="400">The nomination is missing.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an executive of the city.</response>
    /// <response code="404">No such nomination this year.</response>
    /// <response code="409">Not shortlisted (<c>award-not-shortlisted</c>), or the year is already decided (<c>award-already-decided</c>).</response>
    [HttpPost("winner")]
    [ProducesResponseType<AwardWinnerDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<AwardWinnerDto> Decide(int year, WinnerRequest request, CancellationToken cancellationToken) =>
        await sender.Send(new DecideFailureOfTheYear.Command(year, request.NominationId), cancellationToken);
}

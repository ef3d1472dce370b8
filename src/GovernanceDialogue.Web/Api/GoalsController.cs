using GovernanceDialogue.Core.Features.Goals;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>A unit's few prioritised goals (prioriterade mål) per period, the cap, ranks, and the stop log.</summary>
[Route("api/v1/units/{unitId:guid}")]
public sealed class GoalsController(ISender sender) : ApiControllerBase
{
    /// <summary>The unit's goals (for a period, or all): active ones by rank, then achieved and dropped ones; with the cap that applies.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="period">Only this year's goals.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The goals.</response>
    /// <response code="400">The period is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not a manager, executive or politician for this unit.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet("goals")]
    [ProducesResponseType<ListGoals.Response>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ListGoals.Response> List(Guid unitId, int? period, CancellationToken cancellationToken) =>
        await sender.Send(new ListGoals.Query(unitId, period), cancellationToken);

    /// <summary>
    /// Adds a goal, last in rank. At the cap (default 5 per unit and period) the request must de-prioritise another active
    /// goal in the same operation with <c>replaces: {goalId, reason}</c>; that reason goes to the stop log.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="request">The goal; its themes must be of the unit's city or administration goal picture.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Added.</response>
    /// <response code="400">A field is invalid, or the analysis or evidence is not this unit's.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such unit, or the goal to replace does not exist.</response>
    /// <response code="409">The cap is reached, a theme belongs to another city's goal picture, the goal to replace is not active, or the unit is closed.</response>
    [HttpPost("goals")]
    [ProducesResponseType<GoalDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<GoalDto>> Add(Guid unitId, GoalRequest request, CancellationToken cancellationToken)
    {
        var goal = await sender.Send(
            new AddGoal.Command(
                unitId, request.Period, request.Title, request.Why, request.AnalysisId, request.EvidenceIds, request.ThemeIds, request.Owner,
                request.HowWeWillKnow, request.Replaces),
            cancellationToken);
        return CreatedAtAction(nameof(Get), new { unitId, goalId = goal.Id }, WithETag(goal, goal.Version));
    }

    /// <summary>Reads one goal.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="goalId">The goal.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The goal; its ETag is what a PUT sends as If-Match.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not a reader of this unit's goals.</response>
    /// <response code="404">No such goal for this unit.</response>
    [HttpGet("goals/{goalId:guid}")]
    [ProducesResponseType<GoalDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<GoalDto> Get(Guid unitId, Guid goalId, CancellationToken cancellationToken)
    {
        var goal = await sender.Send(new GetGoal.Query(unitId, goalId), cancellationToken);
        return WithETag(goal, goal.Version);
    }

    /// <summary>Changes an active goal's content.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="goalId">The goal.</param>
    /// <param name="request">The new content (period and replaces are ignored here).</param>
    /// <param name="ifMatch">The ETag from your last GET (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved.</response>
    /// <response code="400">A field is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such goal for this unit.</response>
    /// <response code="409">The goal is no longer active, a theme is not allowed, the unit is closed, or someone else changed the goal at the same moment.</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("goals/{goalId:guid}")]
    [ProducesResponseType<GoalDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<GoalDto> Update(Guid unitId, Guid goalId, GoalRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var goal = await sender.Send(
            new UpdateGoal.Command(
                unitId, goalId, ETag.Required(ifMatch), request.Title, request.Why, request.AnalysisId, request.EvidenceIds, request.ThemeIds,
                request.Owner, request.HowWeWillKnow),
            cancellationToken);
        return WithETag(goal, goal.Version);
    }

    /// <summary>Moves an active goal to a new rank (1 = most important); answers the active goals in their new order.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="goalId">The goal.</param>
    /// <param name="request">The new rank.</param>
    /// <param name="ifMatch">Optional: the goal's ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Reordered.</response>
    /// <response code="400">The rank is below 1.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such goal for this unit.</response>
    /// <response code="409">The goal is not active, the unit is closed, or someone else changed the goals at the same time.</response>
    /// <response code="412">The goal changed since your GET.</response>
    [HttpPost("goals/{goalId:guid}/rank")]
    [ProducesResponseType<IReadOnlyList<GoalDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<IReadOnlyList<GoalDto>> Rank(
        Guid unitId, Guid goalId, RankRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken) =>
        await sender.Send(new RankGoal.Command(unitId, goalId, ETag.Parse(ifMatch), request.Rank), cancellationToken);

    /// <summary>Marks an active goal achieved, with a reflection.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="goalId">The goal.</param>
    /// <param name="request">The reflection.</param>
    /// <param name="ifMatch">Optional: the goal's ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Achieved.</response>
    /// <response code="400">The reflection is missing.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such goal for this unit.</response>
    /// <response code="409">The goal is not active, or the unit is closed.</response>
    /// <response code="412">The goal changed since your GET.</response>
    [HttpPost("goals/{goalId:guid}/achieve")]
    [ProducesResponseType<GoalDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<GoalDto> Achieve(
        Guid unitId, Guid goalId, AchieveRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var goal = await sender.Send(new AchieveGoal.Command(unitId, goalId, ETag.Parse(ifMatch), request.Reflection), cancellationToken);
        return WithETag(goal, goal.Version);
    }

    /// <summary>De-prioritises an active goal: it is dropped and the reason goes to the stop log.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="goalId">The goal.</param>
    /// <param name="request">Why it is dropped, and an optional reflection.</param>
    /// <param name="ifMatch">Optional: the goal's ETag from your last GET; a stale one answers 412.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Dropped.</response>
    /// <response code="400">The reason is missing.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such goal for this unit.</response>
    /// <response code="409">The goal is not active, or the unit is closed.</response>
    /// <response code="412">The goal changed since your GET.</response>
    [HttpPost("goals/{goalId:guid}/drop")]
    [ProducesResponseType<GoalDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<GoalDto> Drop(
        Guid unitId, Guid goalId, DropRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var goal = await sender.Send(new DropGoal.Command(unitId, goalId, ETag.Parse(ifMatch), request.Reason, request.Reflection), cancellationToken);
        return WithETag(goal, goal.Version);
    }

    /// <summary>What the unit stopped doing (det vi slutar göra), newest first.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="period">Only this year's entries.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The stop log.</response>
    /// <response code="400">The period is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not a reader of this unit's goals.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet("stopped")]
    [ProducesResponseType<IReadOnlyList<StopLogEntryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<StopLogEntryDto>> Stopped(Guid unitId, int? period, CancellationToken cancellationToken) =>
        await sender.Send(new ListStopLog.Query(unitId, period), cancellationToken);

    /// <summary>Records something the unit stops doing to make room for its goals, and why.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="request">Period, what and why.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Recorded.</response>
    /// <response code="400">A field is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit.</response>
    /// <response code="404">No such unit.</response>
    /// <response code="409">The unit is closed.</response>
    [HttpPost("stopped")]
    [ProducesResponseType<StopLogEntryDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<StopLogEntryDto>> Stop(Guid unitId, StopRequest request, CancellationToken cancellationToken) =>
        StatusCode(StatusCodes.Status201Created, await sender.Send(new AddStopLogEntry.Command(unitId, request.Period, request.Title, request.Reason), cancellationToken));

    /// <summary>
    /// The goal cap that applies to a unit: how many active goals it may have per period. For the city or any unit under
    /// it, the answer is the city's policy (with the city's id).
    /// </summary>
    /// <param name="unitId">The city, or any unit under it.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The cap (5 unless the city set another); its ETag is what a PUT sends as If-Match.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet("goal-policy")]
    [ProducesResponseType<SetGoalPolicy.Response>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<SetGoalPolicy.Response> Policy(Guid unitId, CancellationToken cancellationToken)
    {
        var policy = await sender.Send(new GetGoalPolicy.Query(unitId), cancellationToken);
        return WithETag(policy, policy.Version);
    }

    /// <summary>Sets a city's goal cap (1–10; administrators).</summary>
    /// <param name="unitId">The city.</param>
    /// <param name="request">The cap.</param>
    /// <param name="ifMatch">The ETag from your last GET (required); <c>*</c> sets the cap whatever it is now.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Set.</response>
    /// <response code="400">The cap is out of range.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    /// <response code="404">No such unit.</response>
    /// <response code="409">The unit is not a city (goal-policy-city), or someone else set the cap at the same moment.</response>
    /// <response code="412">The cap changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("goal-policy")]
    [ProducesResponseType<SetGoalPolicy.Response>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<SetGoalPolicy.Response> SetPolicy(
        Guid unitId, GoalPolicyRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var policy = await sender.Send(new SetGoalPolicy.Command(unitId, request.Cap, ETag.Required(ifMatch)), cancellationToken);
        return WithETag(policy, policy.Version);
    }
}

/// <summary>A goal: period (on add), content, and optionally the goal it replaces at the cap.</summary>
public sealed record GoalRequest(
    int Period,
    string Title,
    string Why,
    Guid? AnalysisId,
    IReadOnlyList<Guid>? EvidenceIds,
    IReadOnlyList<Guid>? ThemeIds,
    string Owner,
    string HowWeWillKnow,
    ReplacementInput? Replaces);

/// <summary>A new rank (1 = first).</summary>
public sealed record RankRequest(int Rank);

/// <summary>How the goal was achieved.</summary>
public sealed record AchieveRequest(string Reflection);

/// <summary>Why the goal is dropped (goes to the stop log), and an optional reflection.</summary>
public sealed record DropRequest(string Reason, string? Reflection);

/// <summary>Something the unit stops doing.</summary>
public sealed record StopRequest(int Period, string Title, string Reason);

/// <summary>A city's goal cap.</summary>
public sealed record GoalPolicyRequest(int Cap);

using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Collaborations;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>A new collaboration: its lead unit (one of its units), the units and partners, purpose, goals, dates and starting step.</summary>
public sealed record CollaborationRequest(
    Guid? LeadUnitId, string Name, string Purpose, IReadOnlyList<Guid>? UnitIds, IReadOnlyList<PartnerInput>? Partners, IReadOnlyList<Guid>? GoalIds,
    DateOnly? StartedOn, DateOnly? EndedOn, LadderStage? Stage, string? Reflection);

/// <summary>A collaboration's revised fields (set endedOn to end it; leadUnitId hands the lead to another of its units, absent keeps it; the stage stays).</summary>
public sealed record CollaborationRevision(
    string Name, string Purpose, IReadOnlyList<Guid>? UnitIds, IReadOnlyList<PartnerInput>? Partners, IReadOnlyList<Guid>? GoalIds, DateOnly? StartedOn,
    DateOnly? EndedOn, Guid? LeadUnitId = null);

/// <summary>A step to another stage of Glasbergen's ladder, with a reflection and each of the five aspects of trust judged once.</summary>
public sealed record StageChangeRequest(LadderStage? Stage, string Reflection, IReadOnlyList<TrustInput>? Trust);

/// <summary>An agreement made in a collaboration: the participating unit it binds, and the agreement itself.</summary>
public sealed record CollaborationAgreementRequest(Guid? UnitId, string Description, AgreementSide? Side, string Responsible, DateOnly? DueOn);

/// <summary>
/// Collaborations (samverkan) across silos and sectors, followed on Glasbergen's ladder: 1 build trust, 2 mutual
/// benefit, 3 agreements, 4 change practice, 5 change political governance.
/// </summary>
[Route("api/v1/collaborations")]
public sealed class CollaborationsController(ISender sender) : ApiControllerBase
{
    /// <summary>Collaborations, active ones first, then by name, optionally filtered.</summary>
    /// <param name="unitId">Only collaborations this unit, or a unit below it, takes part in.</param>
    /// <param name="stage">Only those at this step: BuildTrust, MutualBenefit, Agreements, ChangePractice or ChangePoliticalGovernance.</param>
    /// <param name="active">Only active (true) or ended (false) collaborations.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Collaborations per page (at most 200).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">A page of collaborations with their units, partners and step.</response>
    /// <response code="400">A filter is invalid (also the all-zero unitId).</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">No role for any unit, and not a read token.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet]
    [ProducesResponseType<PagedList<CollaborationSummaryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedList<CollaborationSummaryDto>> List(
        Guid? unitId, LadderStage? stage, bool? active, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize) =>
        await sender.Send(new ListCollaborations.Query(unitId, stage, active, page, pageSize), cancellationToken);

    /// <summary>Starts a collaboration led by one of its units (the caller must lead that unit or an executive above it).</summary>
    /// <param name="request">The lead unit, name, purpose, units (at least one, including the lead unit), partners, goals, dates and starting step (BuildTrust unless given).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">The collaboration, with its ETag.</response>
    /// <response code="400">A field is invalid, a unit does not exist, the lead unit is not among the units, or a goal is not one of theirs.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the lead unit's manager or an executive above it.</response>
    [HttpPost]
    [ProducesResponseType<CollaborationDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<ActionResult<CollaborationDto>> Create(CollaborationRequest request, CancellationToken cancellationToken)
    {
        var collaboration = await sender.Send(
            new CreateCollaboration.Command(
                request.LeadUnitId, request.Name, request.Purpose, request.UnitIds, request.Partners, request.GoalIds, request.StartedOn, request.EndedOn,
                request.Stage, request.Reflection),
            cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = collaboration.Id }, WithETag(collaboration, collaboration.Version));
    }

    /// <summary>Reads one collaboration with its goals and its stage history (oldest first).</summary>
    /// <param name="id">The collaboration.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The collaboration, with its ETag.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">No role for any unit, and not a read token.</response>
    /// <response code="404">No such collaboration.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<CollaborationDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<CollaborationDto> Get(Guid id, CancellationToken cancellationToken)
    {
        var collaboration = await sender.Send(new GetCollaboration.Query(id), cancellationToken);
        return WithETag(collaboration, collaboration.Version);
    }

    /// <summary>Revises a collaboration's name, purpose, units, partners, goals and dates (an end date ends it), and may hand its lead to another of its units.</summary>
    /// <param name="id">The collaboration.</param>
    /// <param name="request">The revised fields; the lead unit (the current one, or leadUnitId) must be among the units.</param>
    /// <param name="ifMatch">The ETag from your last GET (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Saved, with the new ETag.</response>
    /// <response code="400">A field is invalid, a unit does not exist, the lead unit was left out, or a goal is not one of the units'.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the lead unit's manager or an executive above it, or (handing over the lead) not one of the new lead unit's.</response>
    /// <response code="404">No such collaboration.</response>
    /// <response code="409">A unit or goal taken out is still referenced (<c>referenced-elsewhere</c>), or someone saved at the same moment.</response>
    /// <response code="412">It changed since your GET.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<CollaborationDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<CollaborationDto> Update(Guid id, CollaborationRevision request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var collaboration = await sender.Send(
            new UpdateCollaboration.Command(
                id, ETag.Required(ifMatch), request.Name, request.Purpose, request.UnitIds, request.Partners, request.GoalIds, request.StartedOn, request.EndedOn,
                request.LeadUnitId),
            cancellationToken);
        return WithETag(collaboration, collaboration.Version);
    }

    /// <summary>Moves the collaboration to another step of Glasbergen's ladder, up or down, kept in its history.</summary>
    /// <param name="id">The collaboration.</param>
    /// <param name="request">The new stage, a reflection, and each of the five aspects of trust (Honesty, Openness, Reliability, Goodwill, Competence) judged once as Weak, Growing or Strong, with an optional note.</param>
    /// <param name="ifMatch">The ETag from your last GET (optional; <c>*</c> or absent: any version).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Moved, with the new ETag.</response>
    /// <response code="400">The stage, reflection or trust judgements are missing or invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the lead unit's manager or an executive above it.</response>
    /// <response code="404">No such collaboration.</response>
    /// <response code="409">It is already at that stage (<c>collaboration-stage-unchanged</c>) or it has ended (<c>collaboration-ended</c>).</response>
    /// <response code="412">It changed since your GET.</response>
    [HttpPost("{id:guid}/stage")]
    [ProducesResponseType<CollaborationDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<CollaborationDto> ChangeStage(Guid id, StageChangeRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var collaboration = await sender.Send(new ChangeCollaborationStage.Command(id, ETag.Parse(ifMatch), request.Stage, request.Reflection, request.Trust), cancellationToken);
        return WithETag(collaboration, collaboration.Version);
    }

    /// <summary>The agreements made in the collaboration, open ones first, then by due date.</summary>
    /// <param name="id">The collaboration.</param>
    /// <param name="status">Only Open, Done or Dropped ones (every status by default).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The agreements.</response>
    /// <response code="400">The status is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">No role for any unit, and not a read token.</response>
    /// <response code="404">No such collaboration.</response>
    [HttpGet("{id:guid}/agreements")]
    [ProducesResponseType<IReadOnlyList<AgreementDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<AgreementDto>> Agreements(Guid id, AgreementStatus? status, CancellationToken cancellationToken) =>
        await sender.Send(new ListCollaborationAgreements.Query(id, status), cancellationToken);

    /// <summary>
    /// Records an agreement made in an active collaboration, binding one of its units (Side Unit) or that unit's
    /// leadership (Side Leadership), due today or later. It is then followed up under <c>/agreements/{id}</c> like
    /// a dialogue's agreement, and carried into the unit's next dialogue.
    /// </summary>
    /// <param name="id">The collaboration.</param>
    /// <param name="request">The unit it binds, description, side, responsible person (or partner) and due date.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Recorded, with its ETag (its location is the agreement).</response>
    /// <response code="400">A field is invalid, the unit is not one of the collaboration's, or the due date has passed.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not the lead unit's manager or an executive above it.</response>
    /// <response code="404">No such collaboration.</response>
    /// <response code="409">The collaboration has ended (<c>collaboration-ended</c>).</response>
    [HttpPost("{id:guid}/agreements")]
    [ProducesResponseType<AgreementDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<AgreementDto>> AddAgreement(Guid id, CollaborationAgreementRequest request, CancellationToken cancellationToken)
    {
        var agreement = await sender.Send(
            new AddCollaborationAgreement.Command(id, request.UnitId, new AgreementInput(request.Description, request.Side, request.Responsible, request.DueOn)),
            cancellationToken);
        return CreatedAtAction(nameof(AgreementsController.Get), "Agreements", new { id = agreement.Id }, WithETag(agreement, agreement.Version));
    }
}

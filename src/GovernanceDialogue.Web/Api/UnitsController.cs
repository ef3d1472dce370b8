using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Audit;
using GovernanceDialogue.Core.Features.Units;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>The organisation tree: the city, its administrations (förvaltningar) and units (enheter).</summary>
[Route("api/v1/units")]
public sealed class UnitsController(ISender sender) : ApiControllerBase
{
    /// <summary>Lists units, filtered and paged.</summary>
    /// <param name="kind">Only units of this kind (City, Administration, Unit).</param>
    /// <param name="parentId">Only the direct children of this unit.</param>
    /// <param name="name">Only units whose name or short code contains this text (case-insensitive).</param>
    /// <param name="includeClosed">Include units that have closed (default false).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of units ordered by name, with the total count.</response>
    /// <response code="400">A filter or paging value is invalid.</response>
    /// <response code="404">The parent unit does not exist.</response>
    [HttpGet]
    [ProducesResponseType<PagedList<UnitDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedList<UnitDto>> List(
        UnitKind? kind, Guid? parentId, string? name, bool includeClosed = false, int page = 1,
        int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListUnits.Query(kind, parentId, name, includeClosed, page, pageSize), cancellationToken);

    /// <summary>Creates a unit: a city (no parent), an administration under a city, or a unit under an administration or unit.</summary>
    /// <param name="command">The new unit. Its mission starts as an empty draft.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Created; the body is the unit, the ETag header its version.</response>
    /// <response code="400">A field is invalid, or the parent does not exist.</response>
    /// <response code="409">A rule refused it: the parent cannot hold this kind, is closed, or the short code / external id is taken.</response>
    [HttpPost]
    [ProducesResponseType<UnitDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<UnitDto>> Create(CreateUnit.Command command, CancellationToken cancellationToken)
    {
        var unit = await sender.Send(command, cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = unit.Id }, WithETag(unit, unit.Version));
    }

    /// <summary>The whole organisation tree, or the subtree under one unit, as nested nodes.</summary>
    /// <param name="rootId">Start at this unit instead of the top.</param>
    /// <param name="includeClosed">Include closed units (default false).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The tree; each node lists its children ordered by name.</response>
    /// <response code="404">The root unit does not exist.</response>
    [HttpGet("tree")]
    [ProducesResponseType<IReadOnlyList<GetUnitTree.Node>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IReadOnlyList<GetUnitTree.Node>> Tree(Guid? rootId, bool includeClosed = false, CancellationToken cancellationToken = default) =>
        await sender.Send(new GetUnitTree.Query(rootId, includeClosed), cancellationToken);

    /// <summary>Reads one unit. The ETag header is what a later PUT sends as If-Match.</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The unit.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<UnitDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<UnitDto> Get(Guid id, CancellationToken cancellationToken)
    {
        var unit = (await sender.Send(new GetUnit.Query(id), cancellationToken)).Unit;
        return WithETag(unit, unit.Version);
    }

    /// <summary>Renames a unit or corrects its short code, external id or valid-from date.</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="request">The new values.</param>
    /// <param name="ifMatch">The ETag from your last GET (required).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Updated; the new ETag is in the header.</response>
    /// <response code="400">A field is invalid.</response>
    /// <response code="404">No such unit.</response>
    /// <response code="409">The short code or external id is taken, or the dates conflict.</response>
    /// <response code="412">The unit changed since your GET; nothing was stored.</response>
    /// <response code="428">If-Match is missing.</response>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<UnitDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, "application/problem+json")]
    public async Task<UnitDto> Update(
        Guid id, UpdateUnitRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var unit = await sender.Send(
            new UpdateUnit.Command(id, ETag.Required(ifMatch), request.Name, request.ShortCode, request.ExternalId, request.ValidFrom),
            cancellationToken);
        return WithETag(unit, unit.Version);
    }

    /// <summary>Deletes a unit created by mistake. A unit with history is closed instead (409).</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="ifMatch">Optional ETag: refuse if the unit changed since.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="404">No such unit.</response>
    /// <response code="409">The unit has history (children or a published mission); close it instead.</response>
    /// <response code="412">The unit changed since your GET.</response>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteUnit.Command(id, ETag.Parse(ifMatch)), cancellationToken);
        return NoContent();
    }

    /// <summary>Lists the direct children of a unit, paged.</summary>
    /// <param name="id">The parent unit's id.</param>
    /// <param name="includeClosed">Include closed children (default false).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of child units ordered by name.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet("{id:guid}/children")]
    [ProducesResponseType<PagedList<UnitDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedList<UnitDto>> Children(
        Guid id, bool includeClosed = false, int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListUnits.Query(ParentId: id, IncludeClosed: includeClosed, Page: page, PageSize: pageSize), cancellationToken);

    /// <summary>The unit's recent history: every change made to it or for it (its mission, …), newest first.</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 20).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of audit entries.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an editor of this unit (unit manager or executive above it) nor an administrator.</response>
    /// <response code="404">No such unit.</response>
    [HttpGet("{id:guid}/history")]
    [ProducesResponseType<PagedList<AuditEntryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedList<AuditEntryDto>> History(Guid id, int page = 1, int pageSize = 20, CancellationToken cancellationToken = default) =>
        await sender.Send(new GetUnitHistory.Query(id, page, pageSize), cancellationToken);

    /// <summary>Moves a unit, with its whole subtree, under another parent.</summary>
    /// <param name="id">The unit to move.</param>
    /// <param name="request">The new parent.</param>
    /// <param name="ifMatch">Optional ETag: refuse if the unit changed since.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Moved.</response>
    /// <response code="400">The new parent does not exist.</response>
    /// <response code="404">No such unit.</response>
    /// <response code="409">The move would create a cycle, the new parent cannot hold this kind, or a unit is closed.</response>
    /// <response code="412">The unit changed since your GET.</response>
    [HttpPost("{id:guid}/move")]
    [ProducesResponseType<UnitDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<UnitDto> Move(
        Guid id, MoveUnitRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var unit = await sender.Send(new MoveUnit.Command(id, request.ParentId, ETag.Parse(ifMatch)), cancellationToken);
        return WithETag(unit, unit.Version);
    }

    /// <summary>Closes a unit from a date (its valid-to). History stays readable.</summary>
    /// <param name="id">The unit to close.</param>
    /// <param name="request">The valid-to date.</param>
    /// <param name="ifMatch">Optional ETag: refuse if the unit changed since.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Closed.</response>
    /// <response code="400">The date is missing or invalid.</response>
    /// <response code="404">No such unit.</response>
    /// <response code="409">Already closed, the date is before valid-from, or active children remain.</response>
    /// <response code="412">The unit changed since your GET.</response>
    [HttpPost("{id:guid}/close")]
    [ProducesResponseType<UnitDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<UnitDto> Close(
        Guid id, CloseUnitRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken cancellationToken)
    {
        var unit = await sender.Send(new CloseUnit.Command(id, request.ValidTo, ETag.Parse(ifMatch)), cancellationToken);
        return WithETag(unit, unit.Version);
    }
}

/// <summary>New values for a unit.</summary>
/// <param name="Name">Display name (max 200).</param>
/// <param name="ShortCode">Unique short code: letters, digits, '-' and '_' (max 20; stored in upper case).</param>
/// <param name="ExternalId">Id in an HR system, unique (optional, max 100).</param>
/// <param name="ValidFrom">First day the unit exists.</param>
public sealed record UpdateUnitRequest(string Name, string ShortCode, string? ExternalId, DateOnly? ValidFrom);

/// <summary>Where to move a unit.</summary>
/// <param name="ParentId">The new parent unit.</param>
public sealed record MoveUnitRequest(Guid ParentId);

/// <summary>When a unit closes.</summary>
/// <param name="ValidTo">The day the unit closes.</param>
public sealed record CloseUnitRequest(DateOnly ValidTo);

using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Audit;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>The audit trail: every state change, who made it and the old and new values (administrators only).</summary>
[Route("api/v1/audit")]
public sealed class AuditController(ISender sender) : ApiControllerBase
{
    /// <summary>Lists audit entries, newest first.</summary>
    /// <param name="entityType">Only changes to this entity type (e.g. OrganisationUnit, Mission, AppUser, RoleAssignment, ApiToken).</param>
    /// <param name="entityId">With entityType: only changes to this entity.</param>
    /// <param name="userId">Only changes made by this user (or token) id.</param>
    /// <param name="from">From this instant (inclusive).</param>
    /// <param name="to">Until this instant (exclusive).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of entries.</response>
    /// <response code="400">A filter is invalid.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    [HttpGet]
    [ProducesResponseType<PagedList<AuditEntryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<PagedList<AuditEntryDto>> List(
        string? entityType, string? entityId, string? userId, DateTimeOffset? from, DateTimeOffset? to, int page = 1,
        int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListAuditEntries.Query(entityType, entityId, userId, from, to, page, pageSize), cancellationToken);
}

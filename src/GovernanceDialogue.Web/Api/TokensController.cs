using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Features.Tokens;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>Integrator API tokens (administrators only). Send one as <c>Authorization: Bearer &lt;secret&gt;</c>.</summary>
[Route("api/v1/tokens")]
public sealed class TokensController(ISender sender) : ApiControllerBase
{
    /// <summary>Lists tokens, newest first (never their secrets).</summary>
    /// <param name="includeInactive">Include revoked and expired tokens (default false).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">One page of tokens.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    [HttpGet]
    [ProducesResponseType<PagedList<TokenDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<PagedList<TokenDto>> List(
        bool includeInactive = false, int page = 1, int pageSize = Paging.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListTokens.Query(includeInactive, page, pageSize), cancellationToken);

    /// <summary>Creates a token. The secret is in this answer only; store it now.</summary>
    /// <param name="command">Name, scopes ("read", "write"), the unit whose subtree it may reach, and the expiry (at most two years).</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="201">Created; <c>secret</c> is shown this once.</response>
    /// <response code="400">A field is invalid or the unit does not exist.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    /// <response code="409">No scope, or the expiry is in the past or too far ahead.</response>
    [HttpPost]
    [ProducesResponseType<CreateToken.Response>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<CreateToken.Response>> Create(CreateToken.Command command, CancellationToken cancellationToken)
    {
        var created = await sender.Send(command, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return StatusCode(StatusCodes.Status201Created, created);
    }

    /// <summary>Revokes a token: the next request with it gets 401.</summary>
    /// <param name="id">The token's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="204">Revoked.</response>
    /// <response code="401">Not signed in.</response>
    /// <response code="403">Not an administrator.</response>
    /// <response code="404">No such token.</response>
    /// <response code="409">Already revoked.</response>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new RevokeToken.Command(id), cancellationToken);
        return NoContent();
    }
}

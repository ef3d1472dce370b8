using GovernanceDialogue.Core.Features.Account;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>The caller: who am I, and which roles do I hold where.</summary>
[Route("api/v1/me")]
public sealed class MeController(ISender sender) : ApiControllerBase
{
    /// <summary>Who am I: the signed-in user with their role assignments, or the token with its scopes and subtree.</summary>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The caller.</response>
    /// <response code="401">Not signed in and no valid token.</response>
    [HttpGet]
    [ProducesResponseType<GetMe.Response>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    public async Task<GetMe.Response> Get(CancellationToken cancellationToken) =>
        await sender.Send(new GetMe.Query(), cancellationToken);
}

using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>Common shape of the v1 API controllers: JSON in and out, problem details for every error.</summary>
[ApiController]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, "application/problem+json")]
public abstract class ApiControllerBase : ControllerBase
{
    /// <summary>Returns <paramref name="value"/> with its ETag header.</summary>
    protected T WithETag<T>(T value, uint version)
    {
        Response.Headers.ETag = ETag.Format(version);
        return value;
    }
}

using System.Security.Claims;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Audit;

namespace GovernanceDialogue.Web.Infrastructure.Security;

/// <summary>
/// Loads the request's principal into <see cref="CurrentUser"/>, which the one authorisation gate reads: the signed-in
/// user with their role grants (a deactivated user counts as nobody), or the token the bearer handler already loaded.
/// A request that presents a bad token is refused with 401 at once, whatever it asks for.
/// </summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentUser current, PrincipalLoader principals)
    {
        if (ApiTokenAuthenticationHandler.HasBearer(context.Request) && current.Kind != ActorKind.Token)
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                throw new UnauthorizedException();
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return;
        }

        if (current.Kind == ActorKind.Anonymous
            && context.User.Identity?.IsAuthenticated == true
            && Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            await principals.LoadUserAsync(userId, context.RequestAborted);
        }

        await next(context);
    }
}

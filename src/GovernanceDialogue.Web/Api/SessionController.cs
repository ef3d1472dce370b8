using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace GovernanceDialogue.Web.Api;

/// <summary>
/// Sign-in for people using the API from scripts or an HTTP client: the same local accounts, lockout and session
/// cookie as the sign-in page. Systems use integrator tokens instead.
/// </summary>
[Route("api/v1/session")]
public sealed class SessionController(SignInManager<AppUser> signIn, AuditTrail audit, ISender sender) : ApiControllerBase
{
    /// <summary>Signs in with e-mail and password; the answer sets the session cookie and says who you are.</summary>
    /// <param name="request">E-mail and password.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">Signed in.</response>
    /// <response code="401">Wrong e-mail or password, a deactivated user, or an account locked after repeated failures.</response>
    [HttpPost]
    [ProducesResponseType<GetMe.Response>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    public async Task<ActionResult<GetMe.Response>> Start(SignInRequest request, CancellationToken cancellationToken)
    {
        using var signingIn = audit.Attributing("SignIn");
        var result = await signIn.PasswordSignInAsync(request.Email ?? "", request.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            Response.Headers.WWWAuthenticate = "Bearer";
            return Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                type: Infrastructure.ProblemTypes.Unauthorized,
                title: "Sign-in failed",
                detail: result.IsLockedOut ? "Too many failed attempts: the account is locked for 15 minutes." : "Wrong e-mail or password.");
        }

        var user = await signIn.UserManager.FindByEmailAsync(request.Email!);
        await HttpContext.RequestServices.GetRequiredService<Core.Authorization.PrincipalLoader>().LoadUserAsync(user!.Id, cancellationToken);
        return await sender.Send(new GetMe.Query(), cancellationToken);
    }

    /// <summary>Signs out: the session cookie stops working.</summary>
    /// <response code="204">Signed out (also when no one was signed in).</response>
    [HttpDelete]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> End()
    {
        await signIn.SignOutAsync();
        return NoContent();
    }
}

/// <summary>Credentials of a local account.</summary>
/// <param name="Email">The e-mail address (the sign-in name).</param>
/// <param name="Password">The password.</param>
public sealed record SignInRequest(string? Email, string? Password);

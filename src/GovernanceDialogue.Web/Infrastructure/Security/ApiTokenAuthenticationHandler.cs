using System.Security.Claims;
using System.Text.Encodings.Web;
using GovernanceDialogue.Core.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.Web.Infrastructure.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer gd_…</c> integrator tokens: looks the token up by the hash of its secret
/// and loads it as the request's principal. Revoked, expired or unknown tokens fail (the API then answers 401).
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, PrincipalLoader principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (secret.Length is 0 or > 200 || !await principals.LoadTokenAsync(secret, Context.RequestAborted))
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        var identity = new ClaimsIdentity([new Claim(TokenIdClaim, "token")], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    private const string TokenIdClaim = "gd:token";
}

namespace GovernanceDialogue.Web.Infrastructure.Security;

/// <summary>Configuration section <c>Authentication:OpenIdConnect</c>: sign-in with the city's identity provider.</summary>
public sealed class OpenIdConnectSettings
{
    public const string Section = "Authentication:OpenIdConnect";
    public const string Scheme = "oidc";

    /// <summary>Issuer URL, e.g. https://login.microsoftonline.com/{tenant}/v2.0. OIDC is on when this and ClientId are set.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The button text on the sign-in page, e.g. "Solvik stads inloggning".</summary>
    public string DisplayName { get; set; } = "Single sign-on";

    /// <summary>Callback path registered at the provider.</summary>
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>Claim carrying the e-mail used to find the user on first sign-in.</summary>
    public string EmailClaim { get; set; } = "email";

    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

/// <summary>Configuration section <c>RateLimiting</c>.</summary>
public sealed class RateLimitingSettings
{
    public const string Section = "RateLimiting";

    /// <summary>Requests one integrator token may make per minute before it gets 429.</summary>
    public int TokenRequestsPerMinute { get; set; } = 600;
}

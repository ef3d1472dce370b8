using System.Security.Claims;
using System.Threading.RateLimiting;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Audit;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GovernanceDialogue.Web.Infrastructure.Security;

/// <summary>
/// Sign-in (local accounts by default, OpenID Connect by configuration), integrator tokens, shared Data Protection
/// keys and per-token rate limits. Deciding what a principal may do is not here: that is the Core's one gate.
/// </summary>
public static class SecuritySetup
{
    private const string SmartScheme = "Smart";

    public static void AddGovernanceSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var environment = builder.Environment;
        // Secure-only cookies wherever real users are; local development and the test host run over plain HTTP.
        var cookieSecurity = environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;

        services.AddDataProtection()
            .SetApplicationName("GovernanceDialogue")
            .PersistKeysToDbContext<AppDbContext>();

        new IdentityBuilder(typeof(AppUser), services).AddSignInManager().AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromDays(7));
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = SmartScheme;
            options.DefaultChallengeScheme = SmartScheme;
        });
        authentication.AddPolicyScheme(SmartScheme, "Cookie or bearer token", options =>
            options.ForwardDefaultSelector = context => ApiTokenAuthenticationHandler.HasBearer(context.Request)
                ? ApiTokenAuthenticationHandler.SchemeName
                : IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies();
        authentication.AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "gd.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = cookieSecurity;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/error/403";
            // The API answers 401/403 problem details instead of redirecting to the sign-in page.
            options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        });
        services.ConfigureExternalCookie(options =>
        {
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Lax;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "gd.antiforgery";
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        var oidc = builder.Configuration.GetSection(OpenIdConnectSettings.Section).Get<OpenIdConnectSettings>() ?? new OpenIdConnectSettings();
        services.AddSingleton(oidc);
        if (oidc.Enabled)
        {
            authentication.AddOpenIdConnect(OpenIdConnectSettings.Scheme, oidc.DisplayName, options =>
            {
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.CallbackPath = oidc.CallbackPath;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                options.MapInboundClaims = false;
                options.SaveTokens = false;
                options.Scope.Clear();
                options.Scope.Add("openid");
                options.Scope.Add("profile");
                options.Scope.Add("email");
                options.TokenValidationParameters.NameClaimType = "name";
            });
        }

        var limits = builder.Configuration.GetSection(RateLimitingSettings.Section).Get<RateLimitingSettings>() ?? new RateLimitingSettings();
        services.AddRateLimiter(options =>
        {
            // Each integrator token has its own budget; people and anonymous readers are not limited here.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var current = context.RequestServices.GetRequiredService<CurrentUser>();
                return current.Kind == ActorKind.Token
                    ? RateLimitPartition.GetFixedWindowLimiter(current.Id!, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.TokenRequestsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("people");
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Type = ProblemTypes.TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This token may make {limits.TokenRequestsPerMinute} requests a minute. Try again in {retryAfter} s.",
                    },
                });
            };
        });
    }

    public static void UseGovernanceSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseRateLimiter();
    }

    /// <summary>The user id in a signed-in principal.</summary>
    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

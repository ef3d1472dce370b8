using System.Net;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using GovernanceDialogue.TestSupport;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GovernanceDialogue.IntegrationTests.Security;

/// <summary>Real cookie sign-in through the pages: success, failure, lockout, deactivation, sign-out, OIDC.</summary>
public sealed class SignInTests : IntegrationTest
{
    private async Task<(Guid Id, string Email)> UserAsync()
    {
        var email = $"{Guid.NewGuid():N}@test.example";
        var created = await SendAsync(new CreateUser.Command(email, "Kim Testsson", TestPassword));
        return (created.User.Id, email);
    }

    private async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var page = await Client.GetPageAsync("/account/login?returnUrl=%2Faccount");
        return await Client.SubmitAsync(page, "main form.form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    [Fact]
    public async Task SignIn_WithTheRightPassword_SetsASecureCookieAndShowsWhoIsSignedIn()
    {
        var (_, email) = await UserAsync();

        var response = await SignInAsync(email, TestPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("gd.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var account = await Client.GetPageAsync("/account");
        Assert.Contains("Kim Testsson", account.QuerySelector(".user-menu")!.TextContent, StringComparison.Ordinal);
        var me = await (await Client.GetAsync("/api/v1/me", Cancel)).ReadAsync<GetMe.Response>();
        Assert.Equal(email, me.Email);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_FailsWithOneMessageForEveryCause()
    {
        var (_, email) = await UserAsync();

        var wrongPassword = await (await SignInAsync(email, "not-the-password")).ParseAsync();
        var unknownUser = await (await SignInAsync("nobody@test.example", "not-the-password")).ParseAsync();

        Assert.Equal(wrongPassword.QuerySelector(".error-summary li")!.TextContent.Trim(), unknownUser.QuerySelector(".error-summary li")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.GetAsync("/api/v1/me", Cancel)).StatusCode);
    }

    [Fact]
    public async Task FiveFailures_LockTheAccount_EvenForTheRightPassword()
    {
        var (id, email) = await UserAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(email, "wrong-password-" + attempt);
        }

        var page = await (await SignInAsync(email, TestPassword)).ParseAsync();

        Assert.Contains("låst", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await DbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.LockoutEnd).SingleAsync()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.GetAsync("/api/v1/me", Cancel)).StatusCode);
        Assert.True(await DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "SignIn" && e.EntityId == id.ToString())));
    }

    [Fact]
    public async Task Deactivation_RefusesSignIn_AndEndsAnExistingSession()
    {
        var (id, email) = await UserAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, TestPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/v1/me", Cancel)).StatusCode);

        await SendAsync(new UpdateUser.Command(id, null, "Kim Testsson", IsActive: false));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.GetAsync("/api/v1/me", Cancel)).StatusCode);
        using var fresh = NewClient();
        var page = await fresh.GetPageAsync("/account/login");
        var response = await fresh.SubmitAsync(page, "main form.form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = TestPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ParseAsync()).QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var (_, email) = await UserAsync();
        await SignInAsync(email, TestPassword);
        var account = await Client.GetPageAsync("/account");

        var response = await Client.SubmitAsync(account, ".user-menu form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.GetAsync("/api/v1/me", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync("/account", Cancel)).StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutTheAntiforgeryToken_IsRefused()
    {
        var (_, email) = await UserAsync();
        await SignInAsync(email, TestPassword);

        var response = await Client.PostAsync("/account/logout", new FormUrlEncodedContent([]), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/v1/me", Cancel)).StatusCode);
    }

    [Fact]
    public async Task ProtectedPage_SendsAnonymousVisitorsToSignInAndBack()
    {
        var response = await Client.GetAsync("/admin/users", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fadmin%2Fusers", response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oidc_WhenConfigured_ChallengesTheProviderWithCodeFlowAndPkce()
    {
        await using var app = new GovernanceAppFactory(
            Database.ConnectionString,
            configureServices: services => services.PostConfigure<OpenIdConnectOptions>("oidc", options =>
                // The provider's metadata, as if fetched from its discovery document (no network in tests).
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration
                {
                    Issuer = "https://idp.solvik.example",
                    AuthorizationEndpoint = "https://idp.solvik.example/authorize",
                    TokenEndpoint = "https://idp.solvik.example/token",
                })),
            settings: new Dictionary<string, string>
            {
                ["Authentication:OpenIdConnect:Authority"] = "https://idp.solvik.example",
                ["Authentication:OpenIdConnect:ClientId"] = "governance-dialogue",
                ["Authentication:OpenIdConnect:ClientSecret"] = "secret",
                ["Authentication:OpenIdConnect:DisplayName"] = "Solvik-inloggning",
            });
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetPageAsync("/account/login");
        Assert.Contains("Solvik-inloggning", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var response = await client.SubmitAsync(page, "form[action*='handler=External']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("https://idp.solvik.example/authorize", location.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("governance-dialogue", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Contains("email", query["scope"], StringComparison.Ordinal);
        Assert.EndsWith("/signin-oidc", query["redirect_uri"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oidc_WhenNotConfigured_OffersNoExternalSignIn()
    {
        var page = await Client.GetPageAsync("/account/login");

        Assert.Null(page.QuerySelector("form[action*='handler=External']"));
    }

    [Fact]
    public async Task ExternalLogin_MapsByEmailOnce_ThenBySubject()
    {
        var (id, email) = await UserAsync();

        var first = await SendAsync(new ResolveExternalLogin.Command("oidc", "subject-123", email.ToUpperInvariant(), "Solvik"));
        var again = await SendAsync(new ResolveExternalLogin.Command("oidc", "subject-123", null, "Solvik"));
        var stranger = await SendAsync(new ResolveExternalLogin.Command("oidc", "subject-999", "stranger@test.example", "Solvik"));

        Assert.Equal(id, first.UserId);
        Assert.Equal(id, again.UserId);
        Assert.Null(stranger.UserId);
        Assert.Equal(1, await DbAsync(db => db.UserLogins.CountAsync(l => l.UserId == id && l.ProviderKey == "subject-123")));
        Assert.Equal(1, await DbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task ApiSession_SignsInWithTheSameAccountAndLockout_AndSignsOut()
    {
        var (_, email) = await UserAsync();

        var wrong = await Client.PostJsonAsync("/api/v1/session", new { email, password = "wrong-password" });
        var right = await Client.PostJsonAsync("/api/v1/session", new { email, password = TestPassword });

        await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(email, (await right.ReadAsync<GetMe.Response>()).Email);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/v1/me", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/api/v1/session", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.GetAsync("/api/v1/me", Cancel)).StatusCode);
    }
}

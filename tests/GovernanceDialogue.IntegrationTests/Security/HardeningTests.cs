using System.Net;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Security;

/// <summary>Headers, cookies and shared keys that make the app safe to run behind a load balancer.</summary>
public sealed class HardeningTests : IntegrationTest
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/units/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/v1/users")]
    [InlineData("/units/00000000-0000-0000-0000-000000000001")]
    public async Task EveryAnswer_CarriesTheSecurityHeaders_ErrorsIncluded(string url)
    {
        var response = await Client.GetAsync(url, Cancel);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forms_UseAStrictSameSiteAntiforgeryCookie()
    {
        var response = await Client.GetAsync("/account/login", Cancel);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("gd.antiforgery=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheDatabase_SoEveryInstanceReadsTheSameCookies()
    {
        await SendAsync(new CreateUser.Command("delad@test.example", "Delad", TestPassword));
        var login = await Client.GetPageAsync("/account/login");
        var signedIn = await Client.SubmitAsync(login, "main form.form", new Dictionary<string, string>
        {
            ["Input.Email"] = "delad@test.example",
            ["Input.Password"] = TestPassword,
        });
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("gd.auth=", StringComparison.Ordinal)).Split(';')[0];

        Assert.True(await DbAsync(db => db.DataProtectionKeys.AnyAsync()));

        // A second instance on the same database (another node behind the load balancer) accepts the sign-in.
        await using var otherInstance = new TestSupport.GovernanceAppFactory(Database.ConnectionString);
        using var client = otherInstance.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request, Cancel)).StatusCode);
    }
}

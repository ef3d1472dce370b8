using System.Net;
using System.Net.Http.Headers;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Account;
using GovernanceDialogue.Core.Features.Tokens;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using GovernanceDialogue.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Security;

/// <summary>Integrator tokens: shown once, stored hashed, scoped, revocable, expiring, rate limited.</summary>
public sealed class TokenTests : IntegrationTest
{
    private TestTree tree = default!;

    private async Task<CreateToken.Response> CreateTokenAsync(string[] scopes, Guid unitId, DateTimeOffset? expires = null)
    {
        await SignInAsync((Role.Administrator, null));
        var response = await Client.PostJsonAsync("/api/v1/tokens", new
        {
            name = "HR-systemet",
            scopes,
            unitId,
            expiresAt = expires ?? App.Clock.GetUtcNow().AddDays(30),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<CreateToken.Response>();
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
    }

    [Fact]
    public async Task Create_ShowsTheSecretOnce_AndStoresOnlyItsHash()
    {
        var created = await CreateTokenAsync(["read"], tree.Administration.Id);

        Assert.StartsWith("gd_", created.Secret, StringComparison.Ordinal);
        Assert.StartsWith(created.Token.Hint, created.Secret, StringComparison.Ordinal);
        var stored = await DbAsync(db => db.ApiTokens.SingleAsync(t => t.Id == created.Token.Id));
        Assert.Equal(ApiToken.Hash(created.Secret), stored.SecretHash);
        var listed = await (await Client.GetAsync("/api/v1/tokens", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain(created.Secret, listed, StringComparison.Ordinal);
        Assert.Contains(created.Token.Hint, listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_AuthenticatesAsItself_AndRecordsItsUse()
    {
        var created = await CreateTokenAsync(["read", "write"], tree.Administration.Id);
        using var client = TokenClient(created.Secret);

        var me = await (await client.GetAsync("/api/v1/me", Cancel)).ReadAsync<GetMe.Response>();

        Assert.Equal(Core.Domain.Audit.ActorKind.Token, me.Kind);
        Assert.Equal(["read", "write"], me.TokenScopes);
        Assert.Equal(tree.Administration.Id, me.TokenUnitId);
        Assert.NotNull(await DbAsync(db => db.ApiTokens.Where(t => t.Id == created.Token.Id).Select(t => t.LastUsedAt).SingleAsync()));
    }

    [Fact]
    public async Task ReadOnlyToken_CannotWrite_AndNothingIsStored()
    {
        var created = await CreateTokenAsync(["read"], tree.Administration.Id);
        using var client = TokenClient(created.Secret);
        var before = await DbAsync(db => db.AuditEntries.CountAsync());

        var response = await client.PostJsonAsync("/api/v1/units", new { kind = "Unit", name = "Ny", shortCode = "NY", parentId = tree.Administration.Id });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");
        Assert.False(await DbAsync(db => db.Units.AnyAsync(u => u.ShortCode == "NY")));
        Assert.Equal(before, await DbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task WriteToken_WritesInsideItsSubtree_NotOutside()
    {
        var created = await CreateTokenAsync(["read", "write"], tree.Administration.Id);
        using var client = TokenClient(created.Secret);

        var inside = await client.PostJsonAsync("/api/v1/units", new { kind = "Unit", name = "Ny", shortCode = "NY", parentId = tree.Administration.Id });
        var outside = await client.PostJsonAsync("/api/v1/units", new { kind = "Unit", name = "Ut", shortCode = "UT", parentId = tree.OtherAdministration.Id });

        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);
        await outside.AssertProblemAsync(HttpStatusCode.Forbidden);
        var entry = await DbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "CreateUnit" && e.ActorKind == Core.Domain.Audit.ActorKind.Token));
        Assert.Equal(Core.Domain.Audit.ActorKind.Token, entry.ActorKind);
        Assert.Equal(created.Token.Id.ToString(), entry.ActorId);
    }

    [Fact]
    public async Task RevokedToken_Gets401_EvenOnPublicReads()
    {
        var created = await CreateTokenAsync(["read"], tree.Administration.Id);
        using var client = TokenClient(created.Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/units", Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/tokens/{created.Token.Id}", Cancel)).StatusCode);

        var response = await client.GetAsync("/api/v1/units", Cancel);
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        await (await Client.DeleteAsync($"/api/v1/tokens/{created.Token.Id}", Cancel)).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/token-revoked");
    }

    [Fact]
    public async Task ExpiredToken_Gets401()
    {
        var created = await CreateTokenAsync(["read"], tree.Administration.Id, App.Clock.GetUtcNow().AddDays(1));

        App.Clock.Advance(TimeSpan.FromDays(2));

        using var client = TokenClient(created.Secret);
        await (await client.GetAsync("/api/v1/me", Cancel)).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnknownToken_Gets401()
    {
        using var client = TokenClient("gd_this-token-was-never-issued");

        await (await client.GetAsync("/api/v1/units/tree", Cancel)).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_OverItsRateLimit_Gets429WithRetryAfter()
    {
        var created = await CreateTokenAsync(["read"], tree.Administration.Id);
        await using var app = new GovernanceAppFactory(Database.ConnectionString, settings: new Dictionary<string, string> { ["RateLimiting:TokenRequestsPerMinute"] = "3" });
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Secret);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync("/api/v1/units", Cancel)).StatusCode);
        }

        var limited = await client.GetAsync("/api/v1/units", Cancel);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests, "/problems/too-many-requests");
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Theory]
    [InlineData(new string[0], "scopes")]
    [InlineData(new[] { "admin" }, "scopes[0]")]
    public async Task Create_WithBadScopes_Returns400(string[] scopes, string field)
    {
        await SignInAsync((Role.Administrator, null));

        var response = await Client.PostJsonAsync("/api/v1/tokens", new { name = "X", scopes, unitId = tree.City.Id, expiresAt = App.Clock.GetUtcNow().AddDays(1) });

        Assert.NotEmpty((await response.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor(field));
        Assert.Equal(0, await DbAsync(db => db.ApiTokens.CountAsync()));
    }

    [Fact]
    public async Task Create_WithExpiryInThePast_Returns409()
    {
        await SignInAsync((Role.Administrator, null));

        var response = await Client.PostJsonAsync("/api/v1/tokens", new { name = "X", scopes = new[] { "read" }, unitId = tree.City.Id, expiresAt = App.Clock.GetUtcNow().AddDays(-1) });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/token-invalid");
    }

    [Fact]
    public async Task List_HidesRevokedTokensUnlessAsked()
    {
        var kept = await CreateTokenAsync(["read"], tree.City.Id);
        var revoked = await CreateTokenAsync(["read"], tree.City.Id);
        await Client.DeleteAsync($"/api/v1/tokens/{revoked.Token.Id}", Cancel);

        var active = await (await Client.GetAsync("/api/v1/tokens", Cancel)).ReadAsync<PagedList<TokenDto>>();
        var all = await (await Client.GetAsync("/api/v1/tokens?includeInactive=true", Cancel)).ReadAsync<PagedList<TokenDto>>();

        Assert.Equal([kept.Token.Id], active.Items.Select(t => t.Id));
        Assert.Equal(2, all.TotalCount);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AWriteToken_CreatingAUnitUnderAMissingOrUnknownParent_Gets400OnParentId(bool named)
    {
        using var client = await TokenClientAsync(["write"], tree.City.Id);
        var units = await DbAsync(db => db.Units.CountAsync());

        var response = await client.PostJsonAsync("/api/v1/units", new { kind = "Unit", name = "Ny", shortCode = "NY", parentId = named ? Guid.NewGuid() : (Guid?)null });

        Assert.NotEmpty((await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorsFor("parentId"));
        Assert.Equal(units, await DbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task Tokens_StillCannotCreateUnits_WithoutTheWriteScope_OrCreateCities()
    {
        using var reader = await TokenClientAsync(["read"], tree.City.Id);
        using var writer = await TokenClientAsync(["write"], tree.City.Id);

        var read = await reader.PostJsonAsync("/api/v1/units", new { kind = "Unit", name = "Ny", shortCode = "NY", parentId = Guid.NewGuid() });
        var city = await writer.PostJsonAsync("/api/v1/units", new { kind = "City", name = "Ny stad", shortCode = "NYSTAD" });

        await read.AssertProblemAsync(HttpStatusCode.Forbidden);
        await city.AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}

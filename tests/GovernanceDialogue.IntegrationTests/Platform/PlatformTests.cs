using System.Net;
using System.Text.Json;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Platform;

public sealed class PlatformTests : IntegrationTest
{
    [Fact]
    public async Task HealthLive_AndReady_AnswerHealthy()
    {
        var live = await Client.GetAsync("/health/live", Cancel);
        var ready = await Client.GetAsync("/health/ready", Cancel);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task HealthReady_WithoutDatabase_AnswersUnhealthy()
    {
        await using var app = new TestSupport.GovernanceAppFactory("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=1");
        using var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready", Cancel);
        var live = await client.GetAsync("/health/live", Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task UnknownApiRoute_AnswersProblemDetails()
    {
        var response = await Client.GetAsync("/api/v1/nothing-here", Cancel);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
    }

    [Fact]
    public async Task Swagger_DescribesEveryApiOperationWithASummary()
    {
        var json = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json", Cancel)).RootElement;

        var operations = json.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Method: op.Name, Op: op.Value)))
            .ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.True(
            o.Op.TryGetProperty("summary", out var summary) && !string.IsNullOrWhiteSpace(summary.GetString()),
            $"{o.Method.ToUpperInvariant()} {o.Path} has no summary"));
        Assert.Contains(operations, o => o.Path == "/api/v1/units/{id}/move");
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        var response = await Client.GetAsync("/swagger/index.html", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var response = await Client.GetAsync("/", Cancel);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Model_HasNoChangesWithoutAMigration()
    {
        var pending = await DbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending, "The EF model changed without a migration: run dotnet ef migrations add (see README).");
    }

    [Fact]
    public async Task Api_AnswersInEnglishByDefault_AndSwedishWhenAsked()
    {
        await SignInAsync((Role.Administrator, null));
        var english = await Client.PostJsonAsync("/api/v1/units", new { kind = "City", name = "", shortCode = "X" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/units")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { kind = "City", name = "", shortCode = "X" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("sv-SE");
        request.Headers.Add(TestSupport.TestAuthenticationHandler.Header, Client.DefaultRequestHeaders.GetValues(TestSupport.TestAuthenticationHandler.Header));
        var swedish = await Client.SendAsync(request, Cancel);

        var en = (await english.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("name").Single();
        var sv = (await swedish.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("name").Single();
        Assert.Contains("Name", en, StringComparison.Ordinal);
        Assert.Contains("Namn", sv, StringComparison.Ordinal);
    }
}

using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Features.Webhooks;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GovernanceDialogue.BrowserTests.Webhooks;

/// <summary>
/// The webhook administration by keyboard and mouse, with axe in Swedish and English: reached from the admin bar, a
/// refused target shown on its field (the browser test app allows no private network), a subscription's settings and
/// its delivery log with a redelivery.
/// </summary>
public sealed class WebhookAdministrationTests(BrowserFixture fixture)
{
    private const string Administrator = "admin@solvik.example";

    /// <summary>A subscription of the demo city with one failed delivery, stored directly: its target needs no network here.</summary>
    private async Task<Guid> SubscriptionAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var secrets = scope.ServiceProvider.GetRequiredService<WebhookSecrets>();
        var city = await db.Units.Where(u => u.ShortCode == "SOLVIK").Select(u => u.Id).SingleAsync();
        var subscription = WebhookSubscription.Create(
            Guid.CreateVersion7(), "Solviks ärendesystem " + Guid.NewGuid().ToString("N")[..6], city, "https://hooks.solvik.example/gd",
            [WebhookEventTypes.MissionPublished, WebhookEventTypes.DialogueSubmitted], true, "browser-secret-browser-secret",
            secrets.Protect("browser-secret-browser-secret"), DateTimeOffset.UtcNow, "test");
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync();
        var eventId = await db.WebhookEvents.OrderBy(e => e.OccurredAt).Select(e => e.Id).FirstAsync();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO webhook_deliveries (id, subscription_id, event_id, status, attempts, failures_in_round, last_attempt_at, response_status_code, last_error, created_at)
            VALUES ({Guid.CreateVersion7()}, {subscription.Id}, {eventId}, 'Failed', 10, 10, now(), 503, 'The receiver answered 503 Service Unavailable.', now())
            """);
        return subscription.Id;
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-GB")]
    public async Task WebhookPages_HaveNoSeriousOrCriticalAxeViolations_AlsoWithAnError(string culture)
    {
        var id = await SubscriptionAsync();
        var page = await fixture.SignedInPageAsync(Administrator, culture);

        foreach (var url in new[] { "/admin/webhooks", $"/admin/webhooks/{id}" })
        {
            var response = await page.GotoAsync($"{url}?culture={culture}");
            Assert.True(response!.Ok, $"{response.Status} on {url}");
            await page.AssertNoSeriousViolationsAsync();
        }

        await page.GotoAsync($"/admin/webhooks?culture={culture}");
        await page.Locator("#Input_Name").FillAsync("Intern");
        await page.Locator("#Input_TargetUrl").FillAsync("http://169.254.169.254/latest");
        await page.Locator("#event-mission-published").CheckAsync();
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await page.AssertNoSeriousViolationsAsync();
    }

    [Fact]
    public async Task AnAdministrator_FindsWebhooksInTheAdminBar_SeesARefusedTargetOnItsField_AndRedeliversAFailedDelivery()
    {
        var id = await SubscriptionAsync();
        var page = await fixture.SignedInPageAsync(Administrator);

        await page.GotoAsync("/admin/users");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Webhooks" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Webhooks", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Namn").FillAsync("Internt system");
        await page.GetByLabel("Mottagarens adress (URL)").FillAsync("http://10.0.0.7/hooks");
        await page.GetByLabel("ett uppdrag publiceras").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa webhook" }).ClickAsync();
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("10.0.0.7");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("#Input_TargetUrl")).ToBeFocusedAsync();

        await page.GotoAsync($"/admin/webhooks/{id}");
        var log = page.GetByRole(AriaRole.Table);
        await Assertions.Expect(log).ToContainTextAsync("Misslyckad");
        await Assertions.Expect(log).ToContainTextAsync("503");
        await log.GetByRole(AriaRole.Button).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("inom en minut");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Väntar");
    }
}

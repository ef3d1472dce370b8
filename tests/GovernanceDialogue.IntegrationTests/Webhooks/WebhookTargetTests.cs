using System.Net;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Webhooks;
using GovernanceDialogue.Core.Jobs;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Webhooks;

/// <summary>
/// The SSRF guard with the default configuration (no private network allowed): refused when subscribing, and again
/// when delivering, so a subscription that reached the database some other way (or whose host now resolves
/// elsewhere) sends nothing to a private address.
/// </summary>
public sealed class WebhookTargetTests : IntegrationTest
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hooks")]
    [InlineData("http://localhost/hooks")]
    [InlineData("http://10.1.2.3/hooks")]
    [InlineData("http://192.168.1.10/hooks")]
    [InlineData("http://172.20.0.5/hooks")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::1]/hooks")]
    [InlineData("http://[fd00::1]/hooks")]
    [InlineData("http://[::ffff:127.0.0.1]/hooks")]
    [InlineData("http://0.0.0.0/hooks")]
    [InlineData("ftp://example.org/hooks")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://user:pass@example.org/hooks")]
    [InlineData("/relative")]
    public async Task APrivateOrNonHttpTarget_IsRefused(string url)
    {
        var tree = await TestTree.CreateAsync(c => SendAsync(c));
        using var administrator = await ClientAsync((Role.Administrator, null));

        var response = await administrator.PostJsonAsync("/api/v1/webhooks", new { name = "Intern", unitId = tree.City.Id, targetUrl = url, events = new[] { "mission.published" } });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["targetUrl"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await DbAsync(db => db.WebhookSubscriptions.CountAsync(Cancel)));
    }

    [Fact]
    public async Task ADeliveryToAPrivateAddress_IsRefusedAtDeliveryTime_AndNothingIsSent()
    {
        var tree = await TestTree.CreateAsync(c => SendAsync(c));
        await using var receiver = await TestReceiver.StartAsync();
        var secrets = App.Services.GetRequiredService<WebhookSecrets>();
        var now = App.Clock.GetUtcNow();
        await DbAsync(async db =>
        {
            db.WebhookSubscriptions.Add(WebhookSubscription.Create(
                Guid.CreateVersion7(), "Smugglad", tree.City.Id, receiver.Url, [WebhookEventTypes.MissionPublished], true, "s3cret-s3cret-s3cret-s3cret",
                secrets.Protect("s3cret-s3cret-s3cret-s3cret"), now, "test"));
            return await db.SaveChangesAsync(Cancel);
        });
        var mission = await SendAsync(new GetMission.Query(tree.Unit.Id));
        await SendAsync(new SaveMissionDraft.Command(tree.Unit.Id, mission.Version, "Uppdrag", "Kort", [], null));
        await SendAsync(new PublishMission.Command(tree.Unit.Id, null));

        var result = await App.Services.GetRequiredService<DispatchWebhooksJob>().SendAsync(Cancel);

        Assert.Equal((1, 0, 1), (result.Dispatched, result.Delivered, result.Failed));
        Assert.Empty(receiver.Received);
        var delivery = await DbAsync(db => db.WebhookDeliveries.SingleAsync(Cancel));
        Assert.Equal(WebhookDeliveryStatus.Pending, delivery.Status);
        Assert.Contains("not allowed", delivery.LastError);
    }
}

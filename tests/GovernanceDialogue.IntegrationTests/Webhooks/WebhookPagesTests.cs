using System.Net;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Jobs;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using GovernanceDialogue.IntegrationTests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Webhooks;

/// <summary>The administration pages: create (secret shown once), a refused target on its field, edit with a stale version refused, deliveries and redelivery.</summary>
public sealed class WebhookPagesTests : IntegrationTest
{
    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Webhooks:AllowedPrivateNetworks:0"] = "127.0.0.0/8",
        ["Webhooks:TimeoutSeconds"] = "2",
    };

    [Fact]
    public async Task AnAdministrator_CreatesAWebhook_SeesTheSecretOnce_EditsIt_AndRedeliversADelivery()
    {
        var tree = await TestTree.CreateAsync(c => SendAsync(c));
        await using var receiver = await TestReceiver.StartAsync();
        using var admin = await ClientAsync((Role.Administrator, null));

        var page = await admin.GetPageAsync("/admin/webhooks");
        var refused = await BrowserForm.WithButton(page, "Skapa webhook")
            .Fill("Namn", "Internt").Fill("Mottagarens adress", "http://10.0.0.7/hooks").Check("mission.published — ett uppdrag publiceras", "Händelser")
            .SubmitAsync(admin, "Skapa webhook");
        var refusedPage = await refused.ParseAsync();
        Assert.Contains("10.0.0.7", refusedPage.QuerySelector("#Input_TargetUrl")!.ParentElement!.QuerySelector(".field-error")!.TextContent);
        Assert.Equal(0, await DbAsync(db => db.WebhookSubscriptions.CountAsync(Cancel)));

        var form = BrowserForm.WithButton(refusedPage, "Skapa webhook").Fill("Namn", "Ärendesystemet").Fill("Mottagarens adress", receiver.Url);
        form.Set("Input.UnitId", tree.City.Id.ToString());
        var created = await (await form.SubmitAsync(admin, "Skapa webhook")).ParseAsync();
        var secret = created.QuerySelector("code.secret")!.TextContent;
        Assert.StartsWith("whsec_", secret);
        var id = await DbAsync(db => db.WebhookSubscriptions.Select(s => s.Id).SingleAsync(Cancel));
        var details = await admin.GetPageAsync($"/admin/webhooks/{id}");
        Assert.DoesNotContain(secret, details.Body!.TextContent);
        Assert.Contains("Ärendesystemet", (await admin.GetPageAsync("/admin/webhooks")).QuerySelector("table")!.TextContent);

        var mission = await SendAsync(new GetMission.Query(tree.Unit.Id));
        await SendAsync(new SaveMissionDraft.Command(tree.Unit.Id, mission.Version, "Uppdrag", "Kort", [], null));
        await SendAsync(new PublishMission.Command(tree.Unit.Id, null));
        await App.Services.GetRequiredService<DispatchWebhooksJob>().SendAsync(Cancel);

        details = await admin.GetPageAsync($"/admin/webhooks/{id}");
        Assert.Contains("Levererad", details.QuerySelector("table")!.TextContent);
        var redelivered = await BrowserForm.WithButton(details, "Skicka mission.published igen").SubmitAsync(admin, "Skicka mission.published igen");
        Assert.Equal(HttpStatusCode.Redirect, redelivered.StatusCode);
        Assert.Equal(WebhookDeliveryStatus.Pending, await DbAsync(db => db.WebhookDeliveries.Select(d => d.Status).SingleAsync(Cancel)));

        // Someone else saves in between: the older form is refused, not applied.
        var edit = BrowserForm.WithButton(await admin.GetPageAsync($"/admin/webhooks/{id}"), "Spara").Fill("Namn", "Först");
        var stale = BrowserForm.WithButton(await admin.GetPageAsync($"/admin/webhooks/{id}"), "Spara").Fill("Namn", "Sen");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(admin, "Spara")).StatusCode);
        var refusedEdit = await (await stale.SubmitAsync(admin, "Spara")).ParseAsync();
        Assert.NotNull(refusedEdit.QuerySelector(".error-summary"));
        Assert.Equal("Först", await DbAsync(db => db.WebhookSubscriptions.Select(s => s.Name).SingleAsync(Cancel)));
    }
}

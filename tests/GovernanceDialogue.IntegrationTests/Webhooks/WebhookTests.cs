using System.Net;
using System.Text.Json;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Features.Webhooks;
using GovernanceDialogue.Core.Jobs;
using GovernanceDialogue.IntegrationTests.Dialogues;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using GovernanceDialogue.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Webhooks;

/// <summary>
/// Webhooks end to end against a real receiver on a loopback port (allowed here by configuration): the outbox row
/// written with its change, a signed delivery that an independent verifier accepts, retries with backoff when the
/// receiver is down, slow or failing (the same bytes every time, nothing lost), a crash between the change and the
/// delivery, redelivery, the delivery log, and the rules of the API.
/// </summary>
public sealed class WebhookTests : WebhookTest
{
    [Fact]
    public async Task ASubmittedDialogue_IsDeliveredOnce_SignedSoThatAnIndependentVerifierAcceptsIt()
    {
        var subscription = await SubscribeAsync(Receiver.Url, WebhookEventTypes.DialogueSubmitted);
        Assert.StartsWith("whsec_", subscription.Secret);

        await SubmitAsync(Ours);
        var result = await DispatchAsync();
        var again = await DispatchAsync();

        Assert.Equal((1, 0), (result.Delivered, result.Failed));
        Assert.Equal(0, again.Delivered + again.Failed);
        var received = Assert.Single(Receiver.Received);
        Assert.True(SignatureVerifier.IsValid(subscription.Secret, received.Signature, received.Body));
        Assert.False(SignatureVerifier.IsValid(subscription.Secret + "x", received.Signature, received.Body));
        Assert.False(SignatureVerifier.IsValid(subscription.Secret, received.Signature, received.Body.Replace("submitted", "held", StringComparison.Ordinal)));
        Assert.Equal("application/json", received.ContentType.Split(';')[0]);
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal(received.EventId, body.GetProperty("id").GetString());
        Assert.Equal(WebhookEventTypes.DialogueSubmitted, received.EventType);
        Assert.Equal(WebhookEventTypes.DialogueSubmitted, body.GetProperty("type").GetString());
        Assert.Equal(Ours, body.GetProperty("resourceId").GetGuid());
        Assert.Equal(Tree.Unit.Id, body.GetProperty("unitId").GetGuid());
        Assert.EndsWith($"/api/v1/dialogues/{Ours}", body.GetProperty("links").GetProperty("resource").GetString());
        Assert.EndsWith($"/api/v1/units/{Tree.Unit.Id}", body.GetProperty("links").GetProperty("unit").GetString());
        Assert.Equal(Cycle.Id, body.GetProperty("data").GetProperty("cycleId").GetGuid());

        var delivery = Assert.Single(await DeliveriesAsync(subscription.Webhook.Id));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 1, 200), (delivery.Status, delivery.Attempts, delivery.ResponseStatusCode));
        Assert.Equal(received.Body, delivery.Body);
        Assert.Equal(received.DeliveryId, delivery.Id.ToString());
    }

    [Fact]
    public async Task AFailingThenSlowReceiver_GetsRetriesWithBackoff_AlwaysTheSameBytes_UntilItAccepts()
    {
        var subscription = await SubscribeAsync(Receiver.Url, WebhookEventTypes.DialogueSubmitted);
        Receiver.Answer = n => n switch
        {
            1 => (500, TimeSpan.Zero),
            2 => (200, TimeSpan.FromSeconds(5)),
            _ => (200, TimeSpan.Zero),
        };
        await SubmitAsync(Ours);

        Assert.Equal(1, (await DispatchAsync()).Failed);
        var failed = Assert.Single(await DeliveriesAsync(subscription.Webhook.Id));
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, 500), (failed.Status, failed.Attempts, failed.ResponseStatusCode));
        Assert.Contains("500", failed.LastError);
        Assert.Equal(failed.LastAttemptAt + WebhookDelivery.Backoff(1), failed.NextAttemptAt);

        // Not before the backoff has passed.
        Assert.Equal(0, (await DispatchAsync()).Failed + (await DispatchAsync()).Delivered);
        App.Clock.Advance(WebhookDelivery.Backoff(1));
        Assert.Equal(1, (await DispatchAsync()).Failed);
        var slow = Assert.Single(await DeliveriesAsync(subscription.Webhook.Id));
        Assert.Null(slow.ResponseStatusCode);
        Assert.Contains("No answer within 2 seconds", slow.LastError);
        Assert.Equal(slow.LastAttemptAt + WebhookDelivery.Backoff(2), slow.NextAttemptAt);

        App.Clock.Advance(WebhookDelivery.Backoff(2));
        Assert.Equal(1, (await DispatchAsync()).Delivered);
        var delivered = Assert.Single(await DeliveriesAsync(subscription.Webhook.Id));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 3, 200), (delivered.Status, delivered.Attempts, delivered.ResponseStatusCode));

        // The 500 and the final answer were received (the slow one was abandoned): the same event, the same bytes.
        Assert.Equal(2, Receiver.Received.Count);
        Assert.Single(Receiver.Received.Select(r => r.EventId).Distinct());
        Assert.Single(Receiver.Received.Select(r => r.Body).Distinct());
        Assert.All(Receiver.Received, r => Assert.True(SignatureVerifier.IsValid(subscription.Secret, r.Signature, r.Body)));
    }

    [Fact]
    public async Task AReceiverThatIsDown_GetsTheEventWhenItComesBack()
    {
        var port = TestReceiver.FreePort();
        var subscription = await SubscribeAsync($"http://127.0.0.1:{port}/hooks", WebhookEventTypes.DialogueSubmitted, WebhookEventTypes.DialogueHeld);
        await HoldAsync(Ours);

        Assert.Equal(2, (await DispatchAsync()).Failed);
        Assert.All(await DeliveriesAsync(subscription.Webhook.Id), d => Assert.Equal((WebhookDeliveryStatus.Pending, 1, (int?)null), (d.Status, d.Attempts, d.ResponseStatusCode)));

        await using var back = await TestReceiver.StartAsync(port);
        App.Clock.Advance(WebhookDelivery.Backoff(1));
        Assert.Equal(2, (await DispatchAsync()).Delivered);
        Assert.Equal([WebhookEventTypes.DialogueHeld, WebhookEventTypes.DialogueSubmitted], back.Received.Select(r => r.EventType!).Order());
    }

    [Fact]
    public async Task AnEventWrittenJustBeforeACrash_IsDeliveredByTheNextHost()
    {
        var subscription = await SubscribeAsync(Receiver.Url, WebhookEventTypes.DialogueSubmitted);
        await SubmitAsync(Ours);
        var stored = await DbAsync(db => db.WebhookEvents.SingleAsync(e => e.Type == WebhookEventTypes.DialogueSubmitted && e.ResourceId == Ours));
        Assert.Null(stored.DispatchedAt);

        // The host goes away before any dispatch; a new one on the same database delivers.
        await App.DisposeAsync();
        await using var restarted = new GovernanceAppFactory(Database.ConnectionString, settings: AllowLoopback);
        Assert.Equal(1, (await DispatchAsync(restarted)).Delivered);

        var received = Assert.Single(Receiver.Received);
        Assert.Equal(stored.Id.ToString(), received.EventId);
        Assert.Equal(stored.Body, received.Body);
        Assert.True(SignatureVerifier.IsValid(subscription.Secret, received.Signature, received.Body));
    }

    [Fact]
    public async Task EveryEventType_IsWrittenToTheOutbox_ByTheChangeThatMakesIt_AndOnlyThen()
    {
        await SubmitAsync(Ours);
        await SendAsync(new ReopenDialogue.Command(Ours, null, "Fel siffror"));
        await SendAsync(new SubmitDialogue.Command(Ours, null));
        await SendAsync(new RecordDialogueHeld.Command(Ours, null, Today, ["Rektor"], "Svar", [new AgreementInput("Ledningen ordnar lokaler", AgreementSide.Leadership, "Chefen", Today.AddDays(30))]));
        var agreement = await DbAsync(db => db.Agreements.Where(a => a.DialogueId == Ours).Select(a => a.Id).SingleAsync());
        await SendAsync(new AddAgreementNote.Command(agreement, "På gång"));
        await SendAsync(new CompleteAgreement.Command(agreement, null, null));
        var mission = await SendAsync(new GetMission.Query(Tree.Unit.Id));
        await SendAsync(new SaveMissionDraft.Command(Tree.Unit.Id, mission.Version, "Uppdrag", "Kort", [], null));
        await SendAsync(new PublishMission.Command(Tree.Unit.Id, null));
        var picture = await SendAsync(new CreateGoalPicture.Command(Tree.City.Id, "Vision", "Berättelse", [new(null, "Trygg", "T", null), new(null, "Livfull", "L", null), new(null, "Hållbar", "H", null)]));
        await SendAsync(new AdoptGoalPicture.Command(picture.Id, Today, "KF § 1", null, null));
        var summary = (await SendAsync(new GenerateSummaries.Command(Cycle.Id, null))).Single().Id;
        await SendAsync(new UpdateSummary.Command(summary, null, "Berättelsen", [], []));
        await SendAsync(new PublishSummary.Command(summary, null));
        var lesson = (await SendAsync(new CreateLesson.Command(Tree.Unit.Id, null, "Lärdom", null, null, null, "Vi lärde oss", [], LessonVisibility.Public, false))).Id;
        await SendAsync(new ShareLesson.Command(lesson, null));
        await SendAsync(new CloseCycle.Command(Cycle.Id, null));

        var events = await DbAsync(db => db.WebhookEvents.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => new { e.Type, e.ResourceId, e.UnitId }).ToListAsync());
        Assert.Equal(WebhookEventTypes.All.Order(), events.Select(e => e.Type).Distinct().Order());
        Assert.Single(events, e => e.Type == WebhookEventTypes.CycleOpened && e.ResourceId == Cycle.Id && e.UnitId == Tree.Administration.Id);
        Assert.Single(events, e => e.Type == WebhookEventTypes.CycleClosed && e.ResourceId == Cycle.Id);
        // Reopening and submitting again is a second submission; stepping back is no event.
        Assert.Equal(2, events.Count(e => e.Type == WebhookEventTypes.DialogueSubmitted && e.ResourceId == Ours));
        Assert.Single(events, e => e.Type == WebhookEventTypes.DialogueHeld && e.ResourceId == Ours);
        Assert.Single(events, e => e.Type == WebhookEventTypes.AgreementCreated && e.ResourceId == agreement);
        Assert.Equal(2, events.Count(e => e.Type == WebhookEventTypes.AgreementUpdated && e.ResourceId == agreement));
        Assert.Single(events, e => e.Type == WebhookEventTypes.MissionPublished && e.UnitId == Tree.Unit.Id);
        Assert.Single(events, e => e.Type == WebhookEventTypes.GoalPictureAdopted && e.ResourceId == picture.Id && e.UnitId == Tree.City.Id);
        Assert.Single(events, e => e.Type == WebhookEventTypes.SummaryPublished && e.ResourceId == summary && e.UnitId == Tree.Administration.Id);
        Assert.Single(events, e => e.Type == WebhookEventTypes.LessonShared && e.ResourceId == lesson);

        // A refused change writes no event: publishing a mission without changes is refused.
        var before = events.Count;
        await Assert.ThrowsAsync<Core.Common.Errors.DomainRuleException>(() => SendAsync(new PublishMission.Command(Tree.Unit.Id, null)));
        Assert.Equal(before, await DbAsync(db => db.WebhookEvents.CountAsync(Cancel)));
    }

    [Fact]
    public async Task ACollaborationsAgreement_IsAnAgreementEvent_ForTheUnitItBinds_NamingTheCollaboration()
    {
        var collaboration = await SendAsync(new Core.Features.Collaborations.CreateCollaboration.Command(
            Tree.Unit.Id, "Trygga skolvägar", "Syfte", [Tree.Unit.Id, Tree.OtherUnit.Id], [], [], Today, null, null, null));

        var agreement = await SendAsync(new Core.Features.Collaborations.AddCollaborationAgreement.Command(
            collaboration.Id, Tree.OtherUnit.Id, new AgreementInput("Dela olycksdata", AgreementSide.Unit, "Chefen", Today.AddDays(30))));

        var created = await DbAsync(db => db.WebhookEvents.SingleAsync(e => e.Type == WebhookEventTypes.AgreementCreated && e.ResourceId == agreement.Id));
        Assert.Equal(Tree.OtherUnit.Id, created.UnitId);
        var data = JsonDocument.Parse(created.Body).RootElement.GetProperty("data");
        Assert.Equal(collaboration.Id, data.GetProperty("collaborationId").GetGuid());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("dialogueId").ValueKind);
    }

    [Fact]
    public async Task Subscriptions_GetOnlyTheirEventTypes_InTheirSubtree_AndNotWhileInactive()
    {
        var ours = await SubscribeAsync(Receiver.Url, WebhookEventTypes.DialogueHeld);
        var response = await Administrator.PostJsonAsync(
            "/api/v1/webhooks", new { name = "Omsorgen", unitId = Tree.OtherAdministration.Id, targetUrl = Receiver.Url, events = new[] { WebhookEventTypes.DialogueSubmitted } });
        var others = await response.ReadAsync<CreateWebhook.Response>();
        var paused = await (await Administrator.PutJsonAsync(
            $"/api/v1/webhooks/{ours.Webhook.Id}", new { name = "Pausad", targetUrl = Receiver.Url, events = new[] { WebhookEventTypes.DialogueHeld }, isActive = false }, "*"))
            .ReadAsync<UpdateWebhook.Response>();
        Assert.False(paused.Webhook.IsActive);
        Assert.Null(paused.Secret);

        await HoldAsync(Ours);
        await DispatchAsync();

        Assert.Empty(Receiver.Received);
        Assert.Empty(await DeliveriesAsync(ours.Webhook.Id));
        Assert.Empty(await DeliveriesAsync(others.Webhook.Id));
    }

    [Fact]
    public async Task Redelivery_SendsTheSameEventAgain_AfterEveryRetryFailed()
    {
        var subscription = await SubscribeAsync(Receiver.Url, WebhookEventTypes.DialogueSubmitted);
        Receiver.Answer = n => (n <= WebhookDelivery.MaxAttempts ? 503 : 204, TimeSpan.Zero);
        await SubmitAsync(Ours);
        for (var attempt = 1; attempt <= WebhookDelivery.MaxAttempts; attempt++)
        {
            Assert.Equal(1, (await DispatchAsync()).Failed);
            App.Clock.Advance(WebhookDelivery.Backoff(attempt));
        }

        var failed = Assert.Single(await DeliveriesAsync(subscription.Webhook.Id));
        Assert.Equal((WebhookDeliveryStatus.Failed, WebhookDelivery.MaxAttempts, (DateTimeOffset?)null), (failed.Status, failed.Attempts, failed.NextAttemptAt));
        Assert.Equal(0, (await DispatchAsync()).Failed);
        Assert.Equal(1, (await (await Administrator.GetAsync($"/api/v1/webhooks/{subscription.Webhook.Id}", Cancel)).ReadAsync<WebhookDto>()).FailedDeliveries);

        var redelivery = await Administrator.PostJsonAsync($"/api/v1/webhooks/{subscription.Webhook.Id}/deliveries/{failed.Id}/redeliver", null);
        Assert.Equal(HttpStatusCode.Accepted, redelivery.StatusCode);
        Assert.Equal(WebhookDeliveryStatus.Pending, (await redelivery.ReadAsync<WebhookDeliveryDto>()).Status);
        Assert.Equal(1, (await DispatchAsync()).Delivered);

        var delivered = Assert.Single(await DeliveriesAsync(subscription.Webhook.Id));
        Assert.Equal((WebhookDeliveryStatus.Delivered, WebhookDelivery.MaxAttempts + 1, 204), (delivered.Status, delivered.Attempts, delivered.ResponseStatusCode));
        Assert.Single(Receiver.Received.Select(r => r.Body).Distinct());
        Assert.Single(await DbAsync(db => db.AuditEntries.Where(a => a.Action == nameof(RedeliverWebhook)).ToListAsync()));

        await (await Administrator.PostJsonAsync($"/api/v1/webhooks/{subscription.Webhook.Id}/deliveries/{Guid.NewGuid()}/redeliver", null))
            .AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheApi_RefusesBadInput_ShowsTheSecretOnce_AndNeverOverwritesAConcurrentEdit()
    {
        await (await Administrator.PostJsonAsync("/api/v1/webhooks", new { name = "", unitId = Tree.City.Id, targetUrl = "ftp://example.org/x", events = new[] { "mission.deleted" }, secret = "kort" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        var invalid = await (await Administrator.PostJsonAsync("/api/v1/webhooks", new { name = "", unitId = Tree.City.Id, targetUrl = "ftp://example.org/x", events = new[] { "mission.deleted" }, secret = "kort" }))
            .Content.ReadAsStringAsync(Cancel);
        foreach (var field in new[] { "Name", "TargetUrl", "Events[0]", "Secret" })
        {
            Assert.Contains($"\"{field}\"", invalid, StringComparison.OrdinalIgnoreCase);
        }

        await (await Administrator.PostJsonAsync("/api/v1/webhooks", new { name = "X", unitId = Guid.NewGuid(), targetUrl = Receiver.Url, events = new[] { "mission.published" } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await DbAsync(db => db.WebhookSubscriptions.CountAsync(Cancel)));

        var supplied = new string('s', 30);
        var created = await Administrator.PostJsonAsync("/api/v1/webhooks", new { name = "X", unitId = Tree.City.Id, targetUrl = Receiver.Url, events = new[] { "mission.published" }, secret = supplied });
        Assert.Equal("no-store", created.Headers.CacheControl?.ToString());
        var webhook = await created.ReadAsync<CreateWebhook.Response>();
        Assert.Equal(supplied, webhook.Secret);
        var read = await Administrator.GetAsync($"/api/v1/webhooks/{webhook.Webhook.Id}", Cancel);
        var text = await read.Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain(supplied, text);
        Assert.DoesNotContain(supplied, await DbAsync(db => db.WebhookSubscriptions.Select(s => s.ProtectedSecret).SingleAsync()));
        Assert.DoesNotContain(supplied, string.Join("", await DbAsync(db => db.AuditEntries.Select(a => a.Changes).ToListAsync())));
        var etag = read.ETagOf();

        var revision = new { name = "Y", targetUrl = Receiver.Url, events = new[] { "lesson.shared" }, isActive = true, newSecret = true };
        await (await Administrator.PutJsonAsync($"/api/v1/webhooks/{webhook.Webhook.Id}", revision)).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        var updated = await (await Administrator.PutJsonAsync($"/api/v1/webhooks/{webhook.Webhook.Id}", revision, etag)).ReadAsync<UpdateWebhook.Response>();
        Assert.StartsWith("whsec_", updated.Secret);
        Assert.Equal(["lesson.shared"], updated.Webhook.Events);
        await (await Administrator.PutJsonAsync($"/api/v1/webhooks/{webhook.Webhook.Id}", revision with { }, etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await Administrator.SendJsonAsync(HttpMethod.Delete, $"/api/v1/webhooks/{webhook.Webhook.Id}", null, etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await Administrator.SendJsonAsync(HttpMethod.Delete, $"/api/v1/webhooks/{webhook.Webhook.Id}", null, "*")).StatusCode);
        await (await Administrator.GetAsync($"/api/v1/webhooks/{webhook.Webhook.Id}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AWebhooksToken_ManagesSubscriptionsOnlyInItsSubtree()
    {
        using var token = await TokenClientAsync(["webhooks"], Tree.Administration.Id);
        using var readWrite = await TokenClientAsync(["read", "write"], Tree.Administration.Id);
        var body = new { name = "Skolsystemet", unitId = Tree.Unit.Id, targetUrl = Receiver.Url, events = new[] { "dialogue.held" } };

        var created = await (await token.PostJsonAsync("/api/v1/webhooks", body)).ReadAsync<CreateWebhook.Response>();
        await (await token.PostJsonAsync("/api/v1/webhooks", body with { unitId = Tree.City.Id })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await readWrite.PostJsonAsync("/api/v1/webhooks", body)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await readWrite.GetAsync("/api/v1/webhooks", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var cityWide = await SubscribeAsync(Receiver.Url, "mission.published");
        await (await Administrator.PutJsonAsync($"/api/v1/webhooks/{cityWide.Webhook.Id}", new { name = "Stad", targetUrl = Receiver.Url, events = new[] { "mission.published" }, isActive = true }, "*"))
            .ReadAsync<UpdateWebhook.Response>();
        var outside = await (await Administrator.PostJsonAsync("/api/v1/webhooks", body with { unitId = Tree.OtherAdministration.Id })).ReadAsync<CreateWebhook.Response>();

        var listed = await (await token.GetAsync("/api/v1/webhooks", Cancel)).ReadAsync<PagedList<WebhookDto>>();
        Assert.Contains(created.Webhook.Id, listed.Items.Select(w => w.Id));
        Assert.DoesNotContain(outside.Webhook.Id, listed.Items.Select(w => w.Id));
        await (await token.GetAsync($"/api/v1/webhooks/{outside.Webhook.Id}", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await token.GetAsync($"/api/v1/webhooks/{outside.Webhook.Id}/deliveries", Cancel)).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(3, (await (await Administrator.GetAsync("/api/v1/webhooks", Cancel)).ReadAsync<PagedList<WebhookDto>>()).TotalCount);
    }
}

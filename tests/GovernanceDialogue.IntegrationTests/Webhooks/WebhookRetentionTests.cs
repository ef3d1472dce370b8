using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Features.Webhooks;
using GovernanceDialogue.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Webhooks;

/// <summary>The webhook log's retention (<c>Webhooks:RetentionDays</c>, here 7 days) on the fake clock.</summary>
public sealed class WebhookRetentionTests : WebhookTest
{
    private const int RetentionDays = 7;
    private const string EmptyBody = "{}";

    protected override IReadOnlyDictionary<string, string>? Settings =>
        new Dictionary<string, string>(AllowLoopback) { ["Webhooks:RetentionDays"] = RetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private Task<PruneWebhookLog.Response> PruneAsync() => App.Services.GetRequiredService<PruneWebhookLogJob>().SendAsync(Cancel);

    [Fact]
    public async Task ThePrune_DeletesSettledDeliveriesAndTheirEvents_AfterTheRetention_InBatches_NeverAPendingDeliveryOrAnUndispatchedEvent()
    {
        var good = await SubscribeAsync(Receiver.Url, WebhookEventTypes.DialogueSubmitted, WebhookEventTypes.DialogueHeld);
        var dead = await SubscribeAsync($"http://127.0.0.1:{TestReceiver.FreePort()}/hooks", WebhookEventTypes.DialogueSubmitted, WebhookEventTypes.DialogueHeld);

        // Submitted: delivered to the good receiver; every attempt fails at the dead one.
        await SubmitAsync(Ours);
        for (var attempt = 1; attempt <= WebhookDelivery.MaxAttempts; attempt++)
        {
            await DispatchAsync();
            App.Clock.Advance(WebhookDelivery.Backoff(attempt));
        }

        // Held: delivered to the good receiver; still being retried (pending) at the dead one.
        await SendAsync(new RecordDialogueHeld.Command(Ours, null, Today, ["Rektor"], "Svar", []));
        // A goal picture adopted: dispatched, but nobody subscribes to it.
        var picture = await SendAsync(new CreateGoalPicture.Command(Tree.City.Id, "Vision", "Berättelse", [new(null, "Trygg", "T", null), new(null, "Livfull", "L", null), new(null, "Hållbar", "H", null)]));
        await SendAsync(new AdoptGoalPicture.Command(picture.Id, Today, "KF § 1", null, null));
        await DispatchAsync();
        // A lesson shared, not dispatched yet.
        var lesson = (await SendAsync(new CreateLesson.Command(Tree.Unit.Id, null, "Lärdom", null, null, null, "Vi lärde oss", [], Core.Domain.Lessons.LessonVisibility.Public, false))).Id;
        await SendAsync(new ShareLesson.Command(lesson, null));
        // A backlog of old dispatched events, more than one batch.
        var now = App.Clock.GetUtcNow();
        await DbAsync(db => db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO webhook_events (id, type, unit_id, resource_id, occurred_at, body, dispatched_at)
            SELECT gen_random_uuid(), 'lesson.shared', {Tree.Unit.Id}, gen_random_uuid(), {now}, {EmptyBody}, {now} FROM generate_series(1, 2500)
            """,
            Cancel));

        var deliveries = await DbAsync(db => db.WebhookDeliveries.ToListAsync(Cancel));
        var pending = Assert.Single(deliveries, d => d.Status == WebhookDeliveryStatus.Pending);
        Assert.Equal(dead.Webhook.Id, pending.SubscriptionId);
        Assert.Equal(2, deliveries.Count(d => d.Status == WebhookDeliveryStatus.Delivered && d.SubscriptionId == good.Webhook.Id));
        Assert.Single(deliveries, d => d.Status == WebhookDeliveryStatus.Failed);
        var events = await DbAsync(db => db.WebhookEvents.CountAsync(Cancel));

        // Within the retention nothing goes.
        App.Clock.Advance(TimeSpan.FromDays(RetentionDays - 1));
        Assert.Equal(new PruneWebhookLog.Response(0, 0), await PruneAsync());

        App.Clock.Advance(TimeSpan.FromDays(2));
        var pruned = await PruneAsync();

        Assert.Equal(3, pruned.Deliveries);
        var kept = Assert.Single(await DbAsync(db => db.WebhookDeliveries.ToListAsync(Cancel)));
        Assert.Equal(pending.Id, kept.Id);
        var left = await DbAsync(db => db.WebhookEvents.OrderBy(e => e.Type).Select(e => new { e.Id, e.Type, e.DispatchedAt }).ToListAsync(Cancel));
        Assert.Equal([WebhookEventTypes.DialogueHeld, WebhookEventTypes.LessonShared], left.Select(e => e.Type));
        Assert.Equal(pending.EventId, left[0].Id);
        Assert.Null(left[1].DispatchedAt);
        Assert.True(pruned.Events > 2 * PruneWebhookLog.BatchSize);
        Assert.Equal(events - 2, pruned.Events);

        // Run again: nothing more to do; the pending delivery still goes out when its receiver answers.
        Assert.Equal(new PruneWebhookLog.Response(0, 0), await PruneAsync());
    }
}

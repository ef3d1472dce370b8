using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Features.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Webhooks;

/// <summary>
/// The dispatcher in production conditions: several runs at once (two instances, a long run overlapping the next, a
/// run triggered after a commit), a run that dies mid-attempt.
/// </summary>
public sealed class WebhookDispatchTests : WebhookTest
{
    [Fact]
    public async Task TwoDispatchersAtOnce_SendEachDueDeliveryOnce()
    {
        for (var i = 0; i < 3; i++)
        {
            await SubscribeAsync(Receiver.Url, WebhookEventTypes.DialogueSubmitted);
        }

        // The first round fails, so three deliveries are due together after the backoff; then the receiver is slow
        // enough that both runs are busy at the same time.
        Receiver.Answer = n => n <= 3 ? (500, TimeSpan.Zero) : (200, TimeSpan.FromMilliseconds(400));
        await SubmitAsync(Ours);
        Assert.Equal(3, (await DispatchAsync()).Failed);
        App.Clock.Advance(WebhookDelivery.Backoff(1));

        var runs = await Task.WhenAll(DispatchAsync(), DispatchAsync());

        Assert.Equal(3, runs.Sum(r => r.Delivered));
        Assert.Equal(0, runs.Sum(r => r.Failed));
        var perDelivery = Receiver.Received.GroupBy(r => r.DeliveryId).ToList();
        Assert.Equal(3, perDelivery.Count);
        Assert.All(perDelivery, attempts => Assert.Equal(2, attempts.Count()));
        Assert.Single(Receiver.Received.Select(r => r.EventId).Distinct());
    }

    [Fact]
    public async Task ARunThatDiesMidAttempt_LeavesALease_AndTheDeliveryGoesOutWhenItRunsOut()
    {
        await SubscribeAsync(Receiver.Url, WebhookEventTypes.DialogueSubmitted);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Receiver.Answer = n =>
        {
            if (n == 1)
            {
                arrived.TrySetResult();
                return (200, TimeSpan.FromSeconds(1.5));
            }

            return (200, TimeSpan.Zero);
        };
        await SubmitAsync(Ours);

        // The run stops (the process dies) while the receiver is busy with its request: no outcome is saved.
        using var dies = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var dying = DispatchAsync(cancellationToken: dies.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        await dies.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying);

        // Its claim holds: another run right after sends nothing, even once the next attempt is due.
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await DispatchAsync()).Delivered);
        Assert.Empty(Receiver.Received);

        App.Clock.Advance(TimeSpan.FromSeconds(2) + DispatchWebhooks.LeaseMargin);
        Assert.Equal(1, (await DispatchAsync()).Delivered);
        var received = Assert.Single(Receiver.Received);
        Assert.Equal(Ours, System.Text.Json.JsonDocument.Parse(received.Body).RootElement.GetProperty("resourceId").GetGuid());
        var delivery = await DbAsync(db => db.WebhookDeliveries.SingleAsync(Cancel));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 1, (DateTimeOffset?)null), (delivery.Status, delivery.Attempts, delivery.LockedUntil));
    }
}

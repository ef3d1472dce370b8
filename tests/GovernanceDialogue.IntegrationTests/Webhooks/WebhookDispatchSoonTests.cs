using System.Globalization;
using System.Net;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Jobs;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Webhooks;

/// <summary>
/// A dispatch enqueued after every commit that wrote outbox events, recorded by a stand-in for Hangfire's client: when
/// it is enqueued, the event is already visible to another connection (committed); never for a save without events or
/// a rolled-back one; and a failing enqueue fails nothing.
/// </summary>
public sealed class WebhookDispatchSoonTests : WebhookTest
{
    private RecordingJobClient jobs = default!;

    protected override void ConfigureServices(IServiceCollection services)
    {
        jobs = new RecordingJobClient(() =>
        {
            using var db = Database.CreateContext();
            return db.WebhookEvents.Count();
        });
        services.AddSingleton<IBackgroundJobClient>(jobs);
    }

    [Fact]
    public async Task ADispatchIsEnqueued_AfterEachCommitThatWroteEvents_AndOnlyThen()
    {
        var before = jobs.Enqueued.Count;
        var goals = await DbAsync(db => db.Dialogues.Where(d => d.Id == Ours).SelectMany(d => d.Goals.Select(g => g.GoalId)).ToListAsync(Cancel));

        // No event: nothing enqueued.
        await SendAsync(new SaveDialogueNotes.Command(Ours, null, [], [.. goals.Select(g => new SaveDialogueNotes.GoalNote(g, Core.Domain.Dialogues.Assessment.OnTrack, null))], []));
        var lesson = (await SendAsync(new CreateLesson.Command(Tree.Unit.Id, null, "Lärdom", null, null, null, "Vi lärde oss", [], LessonVisibility.Public, false))).Id;
        Assert.Equal(before, jobs.Enqueued.Count);

        // A command (its own transaction): one dispatch, enqueued once the event is committed.
        await SendAsync(new SubmitDialogue.Command(Ours, null));
        var events = await DbAsync(db => db.WebhookEvents.CountAsync(Cancel));
        var enqueued = Assert.Single(jobs.Enqueued.Skip(before));
        Assert.Equal((typeof(DispatchWebhooksSoonJob), events), enqueued);

        // A transaction rolled back after its save: no event, no dispatch.
        await InContextAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Cancel);
            (await db.Lessons.SingleAsync(l => l.Id == lesson, Cancel)).Share(App.Clock.GetUtcNow(), "test");
            await db.SaveChangesAsync(Cancel);
            await transaction.RollbackAsync(Cancel);
        });
        Assert.Equal(events, await DbAsync(db => db.WebhookEvents.CountAsync(Cancel)));
        Assert.Equal(before + 1, jobs.Enqueued.Count);

        // A save outside any transaction is committed when it returns: one dispatch.
        await InContextAsync(async db =>
        {
            (await db.Lessons.SingleAsync(l => l.Id == lesson, Cancel)).Share(App.Clock.GetUtcNow(), "test");
            await db.SaveChangesAsync(Cancel);
        });
        Assert.Equal(before + 2, jobs.Enqueued.Count);
        Assert.Equal((typeof(DispatchWebhooksSoonJob), events + 1), jobs.Enqueued[^1]);
    }

    [Fact]
    public async Task WhenTheEnqueueFails_TheRequestSucceeds_AndTheRecurringDispatcherStillDelivers()
    {
        await SubscribeAsync(Receiver.Url, WebhookEventTypes.DialogueSubmitted);
        var goals = await DbAsync(db => db.Dialogues.Where(d => d.Id == Ours).SelectMany(d => d.Goals.Select(g => g.GoalId)).ToListAsync(Cancel));
        await SendAsync(new SaveDialogueNotes.Command(Ours, null, [], [.. goals.Select(g => new SaveDialogueNotes.GoalNote(g, Core.Domain.Dialogues.Assessment.OnTrack, null))], []));
        jobs.Fail = true;

        var submitted = await Manager.PostJsonAsync($"/api/v1/dialogues/{Ours}/submit", null);

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(1, jobs.Failures);
        Assert.Equal(1, await DbAsync(db => db.WebhookEvents.CountAsync(e => e.Type == WebhookEventTypes.DialogueSubmitted, Cancel)));
        Assert.Equal(1, (await DispatchAsync()).Delivered);
        Assert.Single(Receiver.Received);
    }

    [Fact]
    public async Task ARedeliveryRequest_EnqueuesADispatch_OnceCommitted()
    {
        var subscription = await SubscribeAsync(Receiver.Url, WebhookEventTypes.DialogueSubmitted);
        var goals = await DbAsync(db => db.Dialogues.Where(d => d.Id == Ours).SelectMany(d => d.Goals.Select(g => g.GoalId)).ToListAsync(Cancel));
        await SendAsync(new SaveDialogueNotes.Command(Ours, null, [], [.. goals.Select(g => new SaveDialogueNotes.GoalNote(g, Core.Domain.Dialogues.Assessment.OnTrack, null))], []));
        await SendAsync(new SubmitDialogue.Command(Ours, null));
        Assert.Equal(1, (await DispatchAsync()).Delivered);
        var delivered = Assert.Single(await DeliveriesAsync(subscription.Webhook.Id));
        var before = jobs.Enqueued.Count;

        var redelivery = await Administrator.PostJsonAsync($"/api/v1/webhooks/{subscription.Webhook.Id}/deliveries/{delivered.Id}/redeliver", null);

        Assert.Equal(HttpStatusCode.Accepted, redelivery.StatusCode);
        Assert.Equal(typeof(DispatchWebhooksSoonJob), Assert.Single(jobs.Enqueued.Skip(before)).Job);
        Assert.Equal(1, (await DispatchAsync()).Delivered);
        Assert.Equal(2, Receiver.Received.Count);
    }

    private async Task InContextAsync(Func<AppDbContext, Task> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Hangfire's client, recording each job enqueued and how many events were committed at that moment.</summary>
    private sealed class RecordingJobClient(Func<int> committedEvents) : IBackgroundJobClient
    {
        public List<(Type Job, int CommittedEvents)> Enqueued { get; } = [];

        public bool Fail { get; set; }

        public int Failures { get; private set; }

        public string Create(Job job, IState state)
        {
            if (Fail)
            {
                Failures++;
                throw new InvalidOperationException("Hangfire's storage cannot be reached.");
            }

            lock (Enqueued)
            {
                Enqueued.Add((job.Type, committedEvents()));
                return Enqueued.Count.ToString(CultureInfo.InvariantCulture);
            }
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }
}

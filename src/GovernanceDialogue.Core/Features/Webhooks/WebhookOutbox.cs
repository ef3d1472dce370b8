using System.Text.Json;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Domain.Missions;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Domain.Webhooks;
using GovernanceDialogue.Core.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Options;

namespace GovernanceDialogue.Core.Features.Webhooks;

/// <summary>
/// Writes the webhook outbox. Called by <see cref="Persistence.AppDbContext"/> before every save: it reads the state
/// transitions in the change tracker (a mission version added, a dialogue going from Preparing to Submitted, …) and
/// adds one <see cref="WebhookEvent"/> per event to the same save, so an event is stored exactly when its change is,
/// whichever handler, page or job made it (ADR-011). Once that save is committed, <see cref="WebhookDispatchTrigger"/>
/// has them dispatched at once.
/// </summary>
public sealed class WebhookOutbox(TimeProvider clock, IOptions<EmailOptions> site, WebhookDispatchTrigger dispatchSoon)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal void Collect(ChangeTracker tracker)
    {
        var raised = new List<Raised>();
        foreach (var entry in tracker.Entries().ToList())
        {
            switch (entry.Entity)
            {
                case MissionVersion version when entry.State == EntityState.Added:
                    raised.Add(new(WebhookEventTypes.MissionPublished, version.UnitId, version.Id, $"units/{version.UnitId}/mission/versions/{version.Number}",
                        new() { ["number"] = version.Number }));
                    break;
                case GoalPicture picture when Became(entry, nameof(GoalPicture.Status), GoalPictureStatus.Draft, GoalPictureStatus.Adopted):
                    raised.Add(new(WebhookEventTypes.GoalPictureAdopted, picture.UnitId, picture.Id, $"goal-pictures/{picture.Id}",
                        new() { ["number"] = picture.Number }));
                    break;
                case DialogueCycle cycle when Became(entry, nameof(DialogueCycle.Status), CycleStatus.Scheduled, CycleStatus.Open):
                    raised.Add(new(WebhookEventTypes.CycleOpened, cycle.ScopeUnitId, cycle.Id, $"cycles/{cycle.Id}", new()));
                    break;
                case DialogueCycle cycle when Became(entry, nameof(DialogueCycle.Status), CycleStatus.Open, CycleStatus.Closed):
                    raised.Add(new(WebhookEventTypes.CycleClosed, cycle.ScopeUnitId, cycle.Id, $"cycles/{cycle.Id}", new()));
                    break;
                case Dialogue dialogue when Became(entry, nameof(Dialogue.Status), DialogueStatus.Preparing, DialogueStatus.Submitted):
                    raised.Add(DialogueEvent(WebhookEventTypes.DialogueSubmitted, dialogue));
                    break;
                case Dialogue dialogue when Became(entry, nameof(Dialogue.Status), DialogueStatus.Submitted, DialogueStatus.Held):
                    raised.Add(DialogueEvent(WebhookEventTypes.DialogueHeld, dialogue));
                    break;
                case Agreement agreement when entry.State == EntityState.Added:
                    raised.Add(AgreementEvent(WebhookEventTypes.AgreementCreated, agreement));
                    break;
                case Agreement agreement when entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Agreement.Version)):
                    raised.Add(AgreementEvent(WebhookEventTypes.AgreementUpdated, agreement));
                    break;
                case AgreementNote when entry.State == EntityState.Added
                    && tracker.Entries<Agreement>().FirstOrDefault(a => Equals(a.Entity.Id, entry.Property("AgreementId").CurrentValue)) is { State: not EntityState.Added } owner:
                    raised.Add(AgreementEvent(WebhookEventTypes.AgreementUpdated, owner.Entity));
                    break;
                case SummaryVersion version when entry.State == EntityState.Added:
                    var summary = tracker.Entries<Summary>().Select(s => s.Entity).FirstOrDefault(s => s.Id == version.SummaryId)
                        ?? throw new InvalidOperationException("A summary version is published with its summary loaded.");
                    raised.Add(new(WebhookEventTypes.SummaryPublished, summary.UnitId, summary.Id, $"summaries/{summary.Id}",
                        new() { ["cycleId"] = summary.CycleId, ["version"] = version.Number }));
                    break;
                case Lesson lesson when Became(entry, nameof(Lesson.Status), LessonStatus.Draft, LessonStatus.Shared)
                    || (entry.State == EntityState.Added && lesson.Status == LessonStatus.Shared):
                    raised.Add(new(WebhookEventTypes.LessonShared, lesson.UnitId, lesson.Id, $"lessons/{lesson.Id}",
                        new() { ["visibility"] = lesson.Visibility.ToString(), ["isFailure"] = lesson.IsFailure }));
                    break;
            }
        }

        if (raised.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var api = site.Value.BaseUrl.TrimEnd('/') + "/api/v1/";
        foreach (var e in raised.DistinctBy(r => (r.Type, r.ResourceId)))
        {
            var id = Guid.CreateVersion7(now);
            var body = JsonSerializer.Serialize(
                new
                {
                    id,
                    type = e.Type,
                    occurredAt = now,
                    unitId = e.UnitId,
                    resourceId = e.ResourceId,
                    data = e.Data,
                    links = new { resource = api + e.Path, unit = api + $"units/{e.UnitId}" },
                },
                Json);
            tracker.Context.Add(new WebhookEvent(id, e.Type, e.UnitId, e.ResourceId, now, body));
        }

        dispatchSoon.DispatchAfterSave(tracker.Context);
    }

    private static Raised DialogueEvent(string type, Dialogue dialogue) =>
        new(type, dialogue.UnitId, dialogue.Id, $"dialogues/{dialogue.Id}", new() { ["cycleId"] = dialogue.CycleId });

    private static Raised AgreementEvent(string type, Agreement agreement) =>
        new(type, agreement.UnitId, agreement.Id, $"agreements/{agreement.Id}",
            new() { ["dialogueId"] = agreement.DialogueId, ["collaborationId"] = agreement.CollaborationId, ["status"] = agreement.Status.ToString() });

    /// <summary>Whether this save moves the property from <paramref name="from"/> to <paramref name="to"/> (not a step back, not a no-op).</summary>
    private static bool Became<T>(EntityEntry entry, string property, T from, T to)
        where T : struct, Enum
    {
        if (entry.State != EntityState.Modified)
        {
            return false;
        }

        var value = entry.Property(property);
        return value.IsModified && Equals(value.OriginalValue, from) && Equals(value.CurrentValue, to);
    }

    private sealed record Raised(string Type, Guid UnitId, Guid ResourceId, string Path, Dictionary<string, object?> Data);
}

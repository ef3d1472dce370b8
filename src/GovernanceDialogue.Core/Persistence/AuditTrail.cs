using System.Text.Json;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Audit;
using GovernanceDialogue.Core.Domain.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GovernanceDialogue.Core.Persistence;

/// <summary>
/// Records every state change in the audit trail, in the same transaction as the change. Within a command the
/// changes of all its saves are gathered and written as one entry when the command completes; a save outside any
/// command (sign-in bookkeeping, for example) is written as its own entry in the same save.
/// </summary>
public sealed class AuditTrail(ICurrentUser user, TimeProvider clock)
{
    /// <summary>
    /// Never recorded: the trail itself, key material, Identity's one-time token store, messages to people, and the
    /// webhook outbox and delivery log (bookkeeping of deliveries; a redelivery on request is noted instead).
    /// </summary>
    private static readonly HashSet<Type> Ignored =
        [typeof(AuditEntry), typeof(DataProtectionKey), typeof(IdentityUserToken<Guid>), typeof(Domain.Notifications.Notification),
         typeof(Domain.Webhooks.WebhookEvent), typeof(Domain.Webhooks.WebhookDelivery)];

    /// <summary>Recorded as changed, never with their values.</summary>
    private static readonly HashSet<string> Secret =
        [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(ApiToken.SecretHash), nameof(Domain.Webhooks.WebhookSubscription.ProtectedSecret)];

    /// <summary>Bookkeeping that is not a change anyone made.</summary>
    private static readonly HashSet<string> Skipped =
        ["Version", nameof(AppUser.ConcurrencyStamp), nameof(AppUser.NormalizedEmail), nameof(AppUser.NormalizedUserName), nameof(ApiToken.LastUsedAt)];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Frame? command;
    private bool writing;

    /// <summary>What changes made outside a command are done for (e.g. "SignIn"); null: "Unattributed".</summary>
    private string? action;

    /// <summary>
    /// Records the changes saved outside a command under <paramref name="name"/> until the result is disposed, then
    /// restores what was there before: <c>using (audit.Attributing("SignIn")) { … }</c>.
    /// </summary>
    public IDisposable Attributing(string name)
    {
        var before = action;
        action = name;
        return new Restore(this, before);
    }

    public void BeginCommand(string action, Guid? unitId) => command = new Frame(action, unitId, []);

    /// <summary>Writes the command's entry (if it changed anything) and closes the command.</summary>
    public async Task EndCommandAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var frame = command;
        command = null;
        if (frame is null || frame.Changes.Count == 0)
        {
            return;
        }

        db.Add(Entry(frame.Action, frame.UnitId, frame.Changes));
        writing = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            writing = false;
        }
    }

    /// <summary>Records an action that changes no stored field but must be traceable (e.g. issuing an invitation link).</summary>
    public void Note(string entity, string id, string what)
    {
        var change = new Change(entity, id, what, []);
        if (command is not null)
        {
            command.Changes.Add(change);
        }
        else
        {
            throw new InvalidOperationException("Notes belong to a command.");
        }
    }

    /// <summary>Called by the context before it saves: captures old and new values of every tracked change.</summary>
    internal void Capture(ChangeTracker tracker)
    {
        if (writing)
        {
            return;
        }

        var changes = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !Ignored.Contains(e.Metadata.ClrType))
            .Select(Describe)
            .Where(c => c is not null)
            .Cast<Change>()
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }

        if (command is not null)
        {
            command.Changes.AddRange(changes);
        }
        else
        {
            tracker.Context.Add(Entry(action ?? "Unattributed", null, changes));
        }
    }

    private AuditEntry Entry(string action, Guid? unitId, List<Change> changes)
    {
        var now = clock.GetUtcNow();
        // The primary entity: what the action was about (roots before their parts), a changed one before a created one.
        var primary = changes.OrderBy(c => Rank(c.Entity)).ThenBy(c => c.Operation == nameof(EntityState.Added) ? 1 : 0).First();
        var entities = changes.Select(c => $"{c.Entity}:{c.Id}").Distinct().ToArray();
        return new AuditEntry(
            Guid.CreateVersion7(now), now, user.Kind, user.Id, user.DisplayName, action, primary.Entity, primary.Id, unitId, entities,
            JsonSerializer.Serialize(changes, Json));
    }

    private static Change? Describe(EntityEntry entry)
    {
        var fields = new Dictionary<string, FieldChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Skipped.Contains(name) || property.Metadata.IsShadowProperty())
            {
                continue;
            }

            var (old, current) = entry.State switch
            {
                EntityState.Added => (null, property.CurrentValue),
                EntityState.Deleted => (property.OriginalValue, null),
                _ => (property.OriginalValue, property.CurrentValue),
            };
            if (entry.State == EntityState.Modified && (!property.IsModified || Equals(old, current) || SameList(old, current)))
            {
                continue;
            }

            if (entry.State == EntityState.Added && current is null)
            {
                continue;
            }

            fields[name] = Secret.Contains(name)
                ? new FieldChange(old is null ? null : "***", current is null ? null : "***")
                : new FieldChange(old, current);
        }

        if (entry.State == EntityState.Modified && fields.Count == 0)
        {
            return null;
        }

        var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
        return new Change(entry.Metadata.ClrType.Name, key, entry.State.ToString(), fields);
    }

    /// <summary>Aggregate roots first, so an entry is filed under what the action was about.</summary>
    private static int Rank(string entity)
    {
        var index = Array.IndexOf(RootsFirst, entity);
        return index < 0 ? RootsFirst.Length : index;
    }

    private static readonly string[] RootsFirst =
    [
        nameof(Domain.Organisation.OrganisationUnit), nameof(Domain.Missions.Mission), nameof(Domain.GoalPictures.GoalPicture),
        nameof(Domain.Analyses.CurrentStateAnalysis), nameof(Domain.Goals.PrioritisedGoal), nameof(Domain.Goals.StopLogEntry),
        nameof(Domain.Goals.GoalPolicy), nameof(AppUser), nameof(ApiToken), nameof(RoleAssignment),
    ];

    private static bool SameList(object? a, object? b) =>
        a is IEnumerable<string> x && b is IEnumerable<string> y && x.SequenceEqual(y);

    private sealed record Frame(string Action, Guid? UnitId, List<Change> Changes);

    private sealed class Restore(AuditTrail trail, string? before) : IDisposable
    {
        public void Dispose() => trail.action = before;
    }

    private sealed record Change(string Entity, string Id, string Operation, Dictionary<string, FieldChange> Fields);

    private sealed record FieldChange(object? Old, object? New);
}

using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Notifications;
using GovernanceDialogue.Core.Features.Notifications;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>
/// Opens a cycle in a handful of set-based statements, whatever the number of units: one dialogue per active unit
/// in scope, the unit's active prioritised goals of the year attached to it, every open agreement of the unit
/// (from earlier dialogues and from its collaborations) carried into it, and a notification to each unit manager. The unique (cycle, unit) constraint and ON CONFLICT DO
/// NOTHING make it safe to run again: nothing is created twice and nothing is lost.
/// </summary>
public sealed class CycleOpener(AppDbContext db, NotificationWriter notifications, TimeProvider clock)
{
    /// <summary>Opens the cycle (the caller saves) and creates its dialogues; returns how many dialogues it created.</summary>
    public async Task<int> OpenAsync(DialogueCycle cycle, DateOnly today, string by, CancellationToken cancellationToken)
    {
        var templateVersionId = await db.TemplateVersions
            .Where(v => v.TemplateId == cycle.TemplateId)
            .OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync(cancellationToken);
        cycle.Open(templateVersionId, today, clock.GetUtcNow(), by);
        await db.SaveChangesAsync(cancellationToken);
        return await CreateDialoguesAsync(cycle, today, cancellationToken);
    }

    /// <summary>The bulk part of opening: dialogues, goals, carried-over agreements, notifications.</summary>
    public async Task<int> CreateDialoguesAsync(DialogueCycle cycle, DateOnly today, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var scopePath = await db.Units.Where(u => u.Id == cycle.ScopeUnitId).Select(u => u.Path).SingleAsync(cancellationToken);
        var created = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO dialogues (id, cycle_id, unit_id, template_version_id, status, answers, participants, created_at, unfinished_at_cycle_close, reopen_count)
            SELECT gen_random_uuid(), {cycle.Id}, u.id, {cycle.TemplateVersionId}, 'Preparing', '[]'::jsonb, ARRAY[]::text[], {now}, false, 0
            FROM units u
            WHERE u.path LIKE {scopePath + "%"} AND u.kind = 'Unit' AND u.valid_from <= {today} AND (u.valid_to IS NULL OR u.valid_to > {today})
            ON CONFLICT (cycle_id, unit_id) DO NOTHING
            """,
            cancellationToken);

        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO dialogue_goals (dialogue_id, goal_id, title, rank)
            SELECT d.id, g.id, g.title, g.rank
            FROM dialogues d
            JOIN goals g ON g.unit_id = d.unit_id AND g.period = {cycle.Year} AND g.status = 'Active'
            WHERE d.cycle_id = {cycle.Id}
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);

        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO dialogue_follow_ups (dialogue_id, agreement_id)
            SELECT d.id, a.id
            FROM dialogues d
            JOIN agreements a ON a.unit_id = d.unit_id AND a.status = 'Open' AND a.cycle_id IS DISTINCT FROM d.cycle_id
            WHERE d.cycle_id = {cycle.Id}
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);

        await notifications.InsertAsync(
            nameof(NotificationKind.DialogueOpened),
            $"""
            SELECT ra.user_id AS recipient_id, d.id AS subject_id,
                   jsonb_build_object('unit', u.name, 'cycle', {cycle.Name}, 'dueOn', {cycle.PreparationDueOn.ToString("yyyy-MM-dd")}) AS data,
                   '/dialogues/' || d.id AS link
            FROM dialogues d
            JOIN units u ON u.id = d.unit_id
            JOIN role_assignments ra ON ra.unit_id = d.unit_id AND ra.role = 'UnitManager'
            WHERE d.cycle_id = {cycle.Id}
            """,
            cancellationToken);
        return created;
    }
}

using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>
/// Prepares a cycle's figures for the politicians' summary: for its scope and for each administration in it, the
/// dialogues by status, the goal assessments per goal-picture theme, and the agreements made, followed up, kept,
/// dropped and overdue. Three grouped queries, whatever the size of the cycle; preparing again replaces the figures.
/// </summary>
public sealed class CycleRollupBuilder(AppDbContext db, TimeProvider clock)
{
    private sealed record DialogueRow(Guid AdministrationId, string Status, bool Overdue, int Count);

    private sealed record AssessmentRow(Guid AdministrationId, Guid? ThemeId, string Assessment, int Count);

    private sealed record AgreementRow(Guid AdministrationId, bool MadeHere, bool ByLeadership, string Status, bool Overdue, bool FollowedUp, int Count);

    public async Task<IReadOnlyList<CycleRollup>> PrepareAsync(DialogueCycle cycle, CancellationToken cancellationToken)
    {
        var wanted = await ComputeAsync(cycle, cancellationToken);
        var existing = await db.CycleRollups.Where(r => r.CycleId == cycle.Id).ToDictionaryAsync(r => r.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        var result = new List<CycleRollup>();
        foreach (var (unitId, facts) in wanted)
        {
            if (existing.TryGetValue(unitId, out var rollup))
            {
                rollup.Replace(facts, now);
            }
            else
            {
                rollup = CycleRollup.Prepare(Guid.CreateVersion7(now), cycle.Id, unitId, facts, now);
                db.CycleRollups.Add(rollup);
            }

            result.Add(rollup);
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// The cycle's figures as they are now, without storing them: for its scope first, then (in a city's cycle) for each
    /// administration that has dialogues in it.
    /// </summary>
    public async Task<IReadOnlyList<(Guid UnitId, CycleFacts Facts)>> ComputeAsync(DialogueCycle cycle, CancellationToken cancellationToken)
    {
        // An agreement is overdue when its due date passed before the cycle ended: the day it closed (early or on
        // time), or today while it is open.
        var ended = cycle.ClosedAt is { } closedAt ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(closedAt, CityClock.TimeZone).DateTime) : clock.Today();
        var asOf = ended < cycle.ClosesOn ? ended : cycle.ClosesOn;

        // Units sit under /city/administration/…: the third path segment is the administration.
        var dialogues = await db.Database.SqlQuery<DialogueRow>(
            $"""
            SELECT split_part(u.path, '/', 3)::uuid AS administration_id, d.status,
                   (d.overdue_since IS NOT NULL AND d.status = 'Preparing') AS overdue, count(*)::int AS count
            FROM dialogues d JOIN units u ON u.id = d.unit_id
            WHERE d.cycle_id = {cycle.Id}
            GROUP BY 1, 2, 3
            """).ToListAsync(cancellationToken);

        var assessments = await db.Database.SqlQuery<AssessmentRow>(
            $"""
            SELECT split_part(u.path, '/', 3)::uuid AS administration_id, t.theme_id, dg.assessment, count(*)::int AS count
            FROM dialogues d
            JOIN units u ON u.id = d.unit_id
            JOIN dialogue_goals dg ON dg.dialogue_id = d.id
            JOIN goals g ON g.id = dg.goal_id
            LEFT JOIN LATERAL unnest(CASE WHEN cardinality(g.theme_ids) = 0 THEN ARRAY[NULL::uuid] ELSE g.theme_ids END) AS t(theme_id) ON true
            WHERE d.cycle_id = {cycle.Id} AND d.status <> 'Preparing' AND dg.assessment IS NOT NULL
            GROUP BY 1, 2, 3
            """).ToListAsync(cancellationToken);

        // Agreements made in this cycle, and earlier ones this cycle's dialogues followed up. Both are found by key and the
        // follow-ups read once: an EXISTS per agreement with an OR over all follow-ups made PostgreSQL scan every agreement
        // of the city's history and estimate a cost that sent the statement through JIT compilation (docs/performance.md).
        var agreements = await db.Database.SqlQuery<AgreementRow>(
            $"""
            WITH followed AS (
                SELECT f.agreement_id, bool_or(f.note IS NOT NULL) AS noted
                FROM dialogue_follow_ups f JOIN dialogues fd ON fd.id = f.dialogue_id
                WHERE fd.cycle_id = {cycle.Id}
                GROUP BY f.agreement_id),
            here AS (
                SELECT a.id FROM agreements a WHERE a.cycle_id = {cycle.Id}
                UNION
                SELECT agreement_id FROM followed)
            SELECT split_part(u.path, '/', 3)::uuid AS administration_id, a.cycle_id = {cycle.Id} AS made_here,
                   a.side = 'Leadership' AS by_leadership, a.status, (a.status = 'Open' AND a.due_on < {asOf}) AS overdue,
                   coalesce(fo.noted, false) AS followed_up, count(*)::int AS count
            FROM here h
            JOIN agreements a ON a.id = h.id
            JOIN units u ON u.id = a.unit_id
            LEFT JOIN followed fo ON fo.agreement_id = a.id
            GROUP BY 1, 2, 3, 4, 5, 6
            """).ToListAsync(cancellationToken);

        var themeIds = assessments.Where(a => a.ThemeId is not null).Select(a => a.ThemeId!.Value).Distinct().ToList();
        var themeNames = await db.GoalPictures.AsNoTracking()
            .SelectMany(p => p.Themes.Where(t => themeIds.Contains(t.Id)).Select(t => new { t.Id, t.Name, p.Number }))
            .ToListAsync(cancellationToken);
        var names = themeNames.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Number).First().Name);

        CycleFacts Facts(Func<Guid, bool> included)
        {
            var d = dialogues.Where(r => included(r.AdministrationId)).ToList();
            int Status(string s) => d.Where(r => r.Status == s).Sum(r => r.Count);
            var a = agreements.Where(r => included(r.AdministrationId)).ToList();
            var made = a.Where(r => r.MadeHere).ToList();
            var themes = assessments.Where(r => included(r.AdministrationId)).GroupBy(r => r.ThemeId)
                .Select(g => new ThemeAssessments(
                    g.Key, g.Key is { } id ? names.GetValueOrDefault(id) : null,
                    g.Where(r => r.Assessment == nameof(Assessment.OnTrack)).Sum(r => r.Count),
                    g.Where(r => r.Assessment == nameof(Assessment.Uncertain)).Sum(r => r.Count),
                    g.Where(r => r.Assessment == nameof(Assessment.OffTrack)).Sum(r => r.Count)))
                .OrderBy(t => t.ThemeName is null).ThenBy(t => t.ThemeName, StringComparer.Ordinal).ToList();
            return new CycleFacts(
                d.Sum(r => r.Count), Status(nameof(DialogueStatus.Preparing)), Status(nameof(DialogueStatus.Submitted)), Status(nameof(DialogueStatus.Held)),
                Status(nameof(DialogueStatus.Closed)), d.Where(r => r.Overdue).Sum(r => r.Count), themes,
                made.Sum(r => r.Count), made.Where(r => r.ByLeadership).Sum(r => r.Count), a.Where(r => r.FollowedUp).Sum(r => r.Count),
                made.Where(r => r.Status == nameof(AgreementStatus.Done)).Sum(r => r.Count),
                made.Where(r => r.Status == nameof(AgreementStatus.Dropped)).Sum(r => r.Count),
                a.Where(r => r.Overdue).Sum(r => r.Count));
        }

        var scope = await db.Units.AsNoTracking().SingleAsync(u => u.Id == cycle.ScopeUnitId, cancellationToken);
        var administrations = scope.Kind == Domain.Organisation.UnitKind.City
            ? dialogues.Select(r => r.AdministrationId).Distinct().ToList()
            : [];
        var wanted = new List<(Guid UnitId, CycleFacts Facts)>
        {
            (scope.Id, Facts(_ => true)),
        };
        wanted.AddRange(administrations.Select(id => (id, Facts(a => a == id))));
        return wanted;
    }
}

using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>How many dialogues are at each step. <see cref="Overdue"/> counts those still preparing after the deadline.</summary>
public sealed record StatusCounts(int Total, int Preparing, int Submitted, int Held, int Closed, int Overdue);

/// <summary>The counts under one part of the organisation (a direct child of the unit asked about).</summary>
public sealed record ProgressGroupDto(Guid UnitId, string Name, StatusCounts Counts);

/// <summary>A dialogue whose preparation is overdue.</summary>
public sealed record OverdueDialogueDto(Guid DialogueId, Guid UnitId, string UnitName, string? GroupName, DateOnly OverdueSince);

/// <summary>A cycle's progress in a part of the organisation: totals, the same per part below it, and who is overdue.</summary>
public sealed record CycleProgressDto(Guid CycleId, Guid UnitId, string UnitName, StatusCounts Totals, IReadOnlyList<ProgressGroupDto> Groups, IReadOnlyList<OverdueDialogueDto> Overdue);

/// <summary>
/// An executive's overview of a cycle for their part of the organisation (by default the cycle's scope): the
/// dialogues by status in total and per part below, and the overdue ones. Three grouped queries, never one per unit;
/// no notes.
/// </summary>
public static class GetCycleProgress
{
    public const int MaxOverdueListed = 500;

    public sealed record Query(Guid CycleId, Guid? UnitId) : IQuery<CycleProgressDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadCycleProgress;

        ResourceScope IAuthorized.Scope => UnitId is { } unitId
            ? ResourceScope.Units(unitId)
            : ResourceScope.UnitOf<DialogueCycle>(CycleId, "Cycle", nameof(DialogueCycle.ScopeUnitId));
    }

    private sealed record Row(Guid GroupId, string Status, bool Overdue, int Count);

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, CycleProgressDto>
    {
        public async ValueTask<CycleProgressDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var part = await (from c in db.Cycles
                              join u in db.Units on query.UnitId ?? c.ScopeUnitId equals u.Id
                              where c.Id == query.CycleId
                              select new { u.Id, u.Name, u.Path }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Cycle", query.CycleId);
            // The group of a dialogue is the child of the part that holds its unit (the path segment after the part's), or
            // the part itself for the part's own dialogue.
            var segment = part.Path.Count(ch => ch == '/') + 1;
            var pattern = part.Path + "%";
            var rows = await db.Database.SqlQuery<Row>(
                $"""
                SELECT CASE WHEN u.id = {part.Id} THEN u.id ELSE split_part(u.path, '/', {segment})::uuid END AS group_id, d.status,
                       (d.overdue_since IS NOT NULL AND d.status = 'Preparing') AS overdue, count(*)::int AS count
                FROM dialogues d JOIN units u ON u.id = d.unit_id
                WHERE d.cycle_id = {query.CycleId} AND u.path LIKE {pattern}
                GROUP BY 1, 2, 3
                """).ToListAsync(cancellationToken);

            var groupIds = rows.Select(r => r.GroupId).Distinct().ToList();
            var names = await db.Units.Where(u => groupIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
            var overdue = await (from d in db.Dialogues
                                 join u in db.Units on d.UnitId equals u.Id
                                 join p in db.Units on u.ParentId equals p.Id
                                 where d.CycleId == query.CycleId && d.Status == DialogueStatus.Preparing && d.OverdueSince != null
                                       && u.Path.StartsWith(part.Path)
                                 orderby p.Name, u.Name
                                 select new OverdueDialogueDto(d.Id, u.Id, u.Name, p.Name, d.OverdueSince!.Value))
                .Take(MaxOverdueListed).ToListAsync(cancellationToken);

            return new CycleProgressDto(
                query.CycleId, part.Id, part.Name, Counts(rows),
                rows.GroupBy(r => r.GroupId)
                    .Select(g => new ProgressGroupDto(g.Key, names.GetValueOrDefault(g.Key, "?"), Counts(g)))
                    .OrderBy(g => g.Name, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false)).ToList(),
                overdue);
        }

        private static StatusCounts Counts(IEnumerable<Row> rows)
        {
            var list = rows.ToList();
            int Of(DialogueStatus status) => list.Where(r => r.Status == status.ToString()).Sum(r => r.Count);
            return new StatusCounts(
                list.Sum(r => r.Count), Of(DialogueStatus.Preparing), Of(DialogueStatus.Submitted), Of(DialogueStatus.Held), Of(DialogueStatus.Closed),
                list.Where(r => r.Overdue).Sum(r => r.Count));
        }
    }
}

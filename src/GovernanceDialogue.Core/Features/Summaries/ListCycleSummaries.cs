using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>A cycle's summaries, the scope's first: the published ones for everyone, drafts for the executives of their scope.</summary>
public static class ListCycleSummaries
{
    public sealed record Query(Guid CycleId) : IQuery<IReadOnlyList<SummaryListItemDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedSummaries;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer) : IQueryHandler<Query, IReadOnlyList<SummaryListItemDto>>
    {
        public async ValueTask<IReadOnlyList<SummaryListItemDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var cycle = await db.Cycles.AsNoTracking().Where(c => c.Id == query.CycleId).Select(c => new { c.Name, c.ScopeUnitId }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Cycle", query.CycleId);
            var rows = await Rows(db, db.Summaries.Where(s => s.CycleId == query.CycleId), cycle.Name, cycle.ScopeUnitId).ToListAsync(cancellationToken);
            return rows.Where(r => r.Item.LatestVersion > 0 || authorizer.Can(Permission.ReadSummaryDrafts, r.Path)).Select(r => r.Item).ToList();
        }
    }

    /// <summary>A list item with the path of its unit, to tell who may see a draft.</summary>
    internal sealed record Row(SummaryListItemDto Item, string Path);

    /// <summary>
    /// <paramref name="summaries"/> (all of one cycle) as list items, the scope's first, then by unit name; shared with
    /// <see cref="GenerateSummaries"/>. One query.
    /// </summary>
    internal static IQueryable<Row> Rows(AppDbContext db, IQueryable<Summary> summaries, string cycleName, Guid scopeUnitId) =>
        from s in summaries.AsNoTracking()
        join u in db.Units on s.UnitId equals u.Id
        orderby s.UnitId == scopeUnitId descending, u.Name
        select new Row(
            new SummaryListItemDto(
                s.Id, s.CycleId, cycleName, s.UnitId, u.Name, s.LatestVersion,
                db.SummaryVersions.Where(v => v.SummaryId == s.Id && v.Number == s.LatestVersion).Select(v => (DateTimeOffset?)v.PublishedAt).FirstOrDefault(),
                s.ChangedSincePublished),
            u.Path);
}

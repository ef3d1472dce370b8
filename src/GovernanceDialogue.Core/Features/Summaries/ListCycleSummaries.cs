using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
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
            var rows = await (from s in db.Summaries.AsNoTracking()
                              join u in db.Units on s.UnitId equals u.Id
                              where s.CycleId == query.CycleId
                              orderby s.UnitId == cycle.ScopeUnitId descending, u.Name
                              select new
                              {
                                  Item = new SummaryListItemDto(
                                      s.Id, s.CycleId, cycle.Name, s.UnitId, u.Name, s.LatestVersion,
                                      db.SummaryVersions.Where(v => v.SummaryId == s.Id && v.Number == s.LatestVersion).Select(v => (DateTimeOffset?)v.PublishedAt).FirstOrDefault(),
                                      s.ChangedSincePublished),
                                  u.Path,
                              }).ToListAsync(cancellationToken);
            return rows.Where(r => r.Item.LatestVersion > 0 || authorizer.Can(Permission.ReadSummaryDrafts, r.Path)).Select(r => r.Item).ToList();
        }
    }
}

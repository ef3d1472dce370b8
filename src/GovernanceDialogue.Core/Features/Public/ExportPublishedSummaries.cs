using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Public;

/// <summary>
/// Every published summary (each at its latest version) that matches, for a whole-file export (CSV): the list of
/// <see cref="ListPublishedSummaries"/> without paging, in the same order. A city publishes a handful per cycle; one query.
/// </summary>
public static class ExportPublishedSummaries
{
    /// <param name="UnitId">Only this city's or administration's summaries.</param>
    /// <param name="CycleId">Only this cycle's.</param>
    public sealed record Query(Guid? UnitId = null, Guid? CycleId = null) : IQuery<IReadOnlyList<PublishedSummaryDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedSummaries;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, IReadOnlyList<PublishedSummaryDto>>
    {
        public async ValueTask<IReadOnlyList<PublishedSummaryDto>> Handle(Query query, CancellationToken cancellationToken) =>
            await (from s in db.Summaries.AsNoTracking()
                   join v in db.SummaryVersions on new { SummaryId = s.Id, Number = s.LatestVersion } equals new { v.SummaryId, v.Number }
                   join c in db.Cycles on s.CycleId equals c.Id
                   join u in db.Units on s.UnitId equals u.Id
                   where (query.UnitId == null || s.UnitId == query.UnitId) && (query.CycleId == null || s.CycleId == query.CycleId)
                   orderby c.OpensOn descending, u.Kind != UnitKind.City, u.Name, s.Id
                   select new PublishedSummaryDto(s.Id, v.Number, c.Id, c.Name, c.OpensOn, u.Id, u.Name, v.PublishedAt))
                .ToListAsync(cancellationToken);
    }
}

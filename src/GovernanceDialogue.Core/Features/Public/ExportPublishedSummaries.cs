using GovernanceDialogue.Core.Authorization;
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
            await ListPublishedSummaries.Rows(db, query.UnitId, query.CycleId).ToListAsync(cancellationToken);
    }
}

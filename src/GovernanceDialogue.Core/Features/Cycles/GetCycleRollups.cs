using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>The figures of a closed cycle for one scope, as prepared for the summary.</summary>
public sealed record CycleRollupDto(Guid CycleId, Guid UnitId, string UnitName, CycleFacts Facts, DateTimeOffset PreparedAt);

/// <summary>A closed cycle's prepared figures: for its scope first, then per administration.</summary>
public static class GetCycleRollups
{
    public sealed record Query(Guid CycleId) : IQuery<IReadOnlyList<CycleRollupDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadCycleProgress;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<DialogueCycle>(CycleId, "Cycle", nameof(DialogueCycle.ScopeUnitId));
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, IReadOnlyList<CycleRollupDto>>
    {
        public async ValueTask<IReadOnlyList<CycleRollupDto>> Handle(Query query, CancellationToken cancellationToken) =>
            await (from r in db.CycleRollups.AsNoTracking()
                   join c in db.Cycles on r.CycleId equals c.Id
                   join u in db.Units on r.UnitId equals u.Id
                   where r.CycleId == query.CycleId
                   orderby r.UnitId == c.ScopeUnitId descending, u.Name
                   select new CycleRollupDto(r.CycleId, r.UnitId, u.Name, r.Facts, r.PreparedAt)).ToListAsync(cancellationToken);
    }
}

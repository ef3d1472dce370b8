using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Collaborations;

/// <summary>
/// The prioritised goals a collaboration can serve, for its edit form: the active goals of its units, and those it
/// already serves whatever their status. By unit, period and rank.
/// </summary>
public static class ListCollaborationGoalOptions
{
    public sealed record Query(Guid Id) : IQuery<IReadOnlyList<CollaborationGoalDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditCollaborations;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Collaboration>(Id, "Collaboration", nameof(Collaboration.LeadUnitId));
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, IReadOnlyList<CollaborationGoalDto>>
    {
        public async ValueTask<IReadOnlyList<CollaborationGoalDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var collaboration = db.Collaborations.Where(c => c.Id == query.Id);
            return await (from g in db.Goals
                          join u in db.Units on g.UnitId equals u.Id
                          where (g.Status == GoalStatus.Active && collaboration.Any(c => c.Units.Any(cu => cu.UnitId == g.UnitId)))
                              || collaboration.Any(c => c.Goals.Any(cg => cg.GoalId == g.Id))
                          orderby u.Name, g.Period, g.Rank
                          select new CollaborationGoalDto(g.Id, g.Title, g.UnitId, u.Name, g.Period, g.Status))
                .ToListAsync(cancellationToken);
        }
    }
}

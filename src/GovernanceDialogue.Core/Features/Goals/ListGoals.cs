using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>A unit's prioritised goals (for one period, or all), active ones by rank first.</summary>
public static class ListGoals
{
    public sealed record Query(Guid UnitId, int? Period = null) : IQuery<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadGoals;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    /// <summary>The goals, the cap that applies, and whether the caller may change them.</summary>
    public sealed record Response(IReadOnlyList<GoalDto> Goals, int Cap, bool CanEdit);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Period).InclusiveBetween(Domain.Analyses.CurrentStateAnalysis.MinPeriod, Domain.Analyses.CurrentStateAnalysis.MaxPeriod);
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock) : IQueryHandler<Query, Response>
    {
        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            var unit = await db.Units.Where(u => u.Id == query.UnitId).Select(u => new { u.Path, u.ValidTo }).SingleAsync(cancellationToken);
            var path = unit.Path;
            var today = clock.Today();
            var goals = db.Goals.AsNoTracking().Where(g => g.UnitId == query.UnitId);
            if (query.Period is { } period)
            {
                goals = goals.Where(g => g.Period == period);
            }

            var list = await goals.InDisplayOrder().ThenByDescending(g => g.Period).ProjectToDto().ToListAsync(cancellationToken);
            // A closed unit's goals are history: nobody changes them any more.
            return new Response(list, await GoalRules.CapForAsync(db, path, cancellationToken), authorizer.Can(Permission.EditGoals, path) && !(unit.ValidTo <= today));
        }
    }
}

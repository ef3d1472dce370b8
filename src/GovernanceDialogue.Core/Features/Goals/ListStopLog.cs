using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>What the unit stopped doing (det vi slutar göra), newest first.</summary>
public static class ListStopLog
{
    public sealed record Query(Guid UnitId, int? Period = null) : IQuery<IReadOnlyList<StopLogEntryDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadGoals;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Period).InclusiveBetween(Domain.Analyses.CurrentStateAnalysis.MinPeriod, Domain.Analyses.CurrentStateAnalysis.MaxPeriod);
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, IReadOnlyList<StopLogEntryDto>>
    {
        public async ValueTask<IReadOnlyList<StopLogEntryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var entries = db.StopLog.AsNoTracking().Where(e => e.UnitId == query.UnitId);
            if (query.Period is { } period)
            {
                entries = entries.Where(e => e.Period == period);
            }

            return await entries.OrderByDescending(e => e.At)
                .Select(e => new StopLogEntryDto(e.Id, e.Period, e.GoalId, e.Title, e.Reason, e.At, e.By))
                .ToListAsync(cancellationToken);
        }
    }
}

using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>One prioritised goal of a unit.</summary>
public static class GetGoal
{
    public sealed record Query(Guid UnitId, Guid GoalId) : IQuery<GoalDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadGoals;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.GoalId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, GoalDto>
    {
        public async ValueTask<GoalDto> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Goals.AsNoTracking().Where(g => g.Id == query.GoalId && g.UnitId == query.UnitId).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Goal", query.GoalId);
    }
}

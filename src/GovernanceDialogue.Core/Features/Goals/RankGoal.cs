using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>Moves an active goal to a new rank (1 = most important); the others close up.</summary>
public static class RankGoal
{
    public sealed record Command(Guid UnitId, Guid GoalId, uint? ExpectedVersion, int Rank) : ICommand<IReadOnlyList<GoalDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditGoals;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Rank).GreaterThanOrEqualTo(1);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : ICommandHandler<Command, IReadOnlyList<GoalDto>>
    {
        public async ValueTask<IReadOnlyList<GoalDto>> Handle(Command command, CancellationToken cancellationToken)
        {
            var set = await db.GoalSetOfGoalAsync(command.UnitId, command.GoalId, clock.Today(), cancellationToken);
            db.ExpectVersion(set.Goals.Single(g => g.Id == command.GoalId), command.ExpectedVersion);
            set.Rank(command.GoalId, command.Rank, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return set.Active.Select(g => g.ToDto()).ToList();
        }
    }
}

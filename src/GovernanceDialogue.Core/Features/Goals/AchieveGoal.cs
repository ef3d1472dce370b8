using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>Marks an active goal achieved, with a reflection on what made it happen.</summary>
public static class AchieveGoal
{
    public sealed record Command(Guid UnitId, Guid GoalId, uint? ExpectedVersion, string Reflection) : ICommand<GoalDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditGoals;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reflection).RequiredText(PrioritisedGoal.TextMaxLength);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, GoalDto>
    {
        public async ValueTask<GoalDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var set = await db.GoalSetOfGoalAsync(command.UnitId, command.GoalId, clock.Today(), cancellationToken);
            db.ExpectVersion(set.Goals.Single(g => g.Id == command.GoalId), command.ExpectedVersion);
            set.Achieve(command.GoalId, command.Reflection, clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return set.Goals.Single(g => g.Id == command.GoalId).ToDto();
        }
    }
}

using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>Changes an active goal's content (its rank and status have their own actions).</summary>
public static class UpdateGoal
{
    public sealed record Command(
        Guid UnitId,
        Guid GoalId,
        uint? ExpectedVersion,
        string Title,
        string Why,
        Guid? AnalysisId,
        IReadOnlyList<Guid>? EvidenceIds,
        IReadOnlyList<Guid>? ThemeIds,
        string Owner,
        string HowWeWillKnow) : ICommand<GoalDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditGoals;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => this.Content(c => c.Title, c => c.Why, c => c.Owner, c => c.HowWeWillKnow, c => c.ThemeIds, c => c.EvidenceIds);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : ICommandHandler<Command, GoalDto>
    {
        public async ValueTask<GoalDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var goal = await db.Goals.SingleOrDefaultAsync(g => g.Id == command.GoalId && g.UnitId == command.UnitId, cancellationToken)
                ?? throw new Common.Errors.NotFoundException("Goal", command.GoalId);
            await db.EnsureUnitOpenAsync(command.UnitId, clock.Today(), cancellationToken);
            db.ExpectVersion(goal, command.ExpectedVersion);
            goal.EnsureEditable();
            var path = await db.Units.Where(u => u.Id == command.UnitId).Select(u => u.Path).SingleAsync(cancellationToken);
            await GoalRules.CheckLinksAsync(db, command.UnitId, path, command.AnalysisId, command.EvidenceIds ?? [], command.ThemeIds ?? [], cancellationToken);
            goal.Edit(new GoalContent(command.Title, command.Why, command.AnalysisId, command.EvidenceIds ?? [], command.ThemeIds ?? [], command.Owner, command.HowWeWillKnow));
            await db.SaveChangesAsync(cancellationToken);
            return goal.ToDto();
        }
    }
}

using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>
/// Adds a prioritised goal for a period, last in rank. At the cap the request must de-prioritise another active goal
/// in the same operation (<c>replaces</c>), which then goes to the stop log with its reason.
/// </summary>
public static class AddGoal
{
    public sealed record Command(
        Guid UnitId,
        int Period,
        string Title,
        string Why,
        Guid? AnalysisId,
        IReadOnlyList<Guid>? EvidenceIds,
        IReadOnlyList<Guid>? ThemeIds,
        string Owner,
        string HowWeWillKnow,
        ReplacementInput? Replaces) : ICommand<GoalDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditGoals;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Period).Period();
            this.Content(c => c.Title, c => c.Why, c => c.Owner, c => c.HowWeWillKnow, c => c.ThemeIds, c => c.EvidenceIds);
            RuleFor(c => c.Replaces!.GoalId).NotEmpty().When(c => c.Replaces is not null).OverridePropertyName("Replaces.GoalId");
            RuleFor(c => c.Replaces!.Reason).RequiredText(StopLogEntry.ReasonMaxLength).When(c => c.Replaces is not null).OverridePropertyName("Replaces.Reason");
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, GoalDto>
    {
        public async ValueTask<GoalDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var unit = await db.Units.FindOrThrowAsync(command.UnitId, "Unit", cancellationToken);
            unit.EnsureNotClosed(clock.Today());
            await GoalRules.CheckLinksAsync(db, unit.Id, unit.Path, command.AnalysisId, command.EvidenceIds ?? [], command.ThemeIds ?? [], cancellationToken);

            var now = clock.GetUtcNow();
            var set = await db.LockedGoalSetAsync(unit.Id, command.Period, cancellationToken);
            if (set is null)
            {
                set = GoalSet.Start(Guid.CreateVersion7(now), unit.Id, command.Period, now);
                db.GoalSets.Add(set);
            }

            var (goal, stopped) = set.Add(
                Guid.CreateVersion7(now),
                new GoalContent(command.Title, command.Why, command.AnalysisId, command.EvidenceIds ?? [], command.ThemeIds ?? [], command.Owner, command.HowWeWillKnow),
                await GoalRules.CapForAsync(db, unit.Path, cancellationToken),
                command.Replaces is { } r ? new Replacement(r.GoalId, r.Reason) : null,
                now, user.DisplayName);
            if (stopped is not null)
            {
                db.StopLog.Add(stopped);
            }

            await db.SaveChangesAsync(cancellationToken);
            return goal.ToDto();
        }
    }
}

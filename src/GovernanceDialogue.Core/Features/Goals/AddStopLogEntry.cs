using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Goals;

/// <summary>Records something the unit stops doing to make room for its few goals, and why.</summary>
public static class AddStopLogEntry
{
    public sealed record Command(Guid UnitId, int Period, string Title, string Reason) : ICommand<StopLogEntryDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditGoals;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Period).Period();
            RuleFor(c => c.Title).RequiredText(StopLogEntry.TitleMaxLength);
            RuleFor(c => c.Reason).RequiredText(StopLogEntry.ReasonMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, StopLogEntryDto>
    {
        public async ValueTask<StopLogEntryDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var unit = await db.Units.FindOrThrowAsync(command.UnitId, "Unit", cancellationToken);
            unit.EnsureNotClosed(clock.Today());
            var now = clock.GetUtcNow();
            var entry = StopLogEntry.Record(Guid.CreateVersion7(now), unit.Id, command.Period, null, command.Title, command.Reason, now, user.DisplayName);
            db.StopLog.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            return new StopLogEntryDto(entry.Id, entry.Period, entry.GoalId, entry.Title, entry.Reason, entry.At, entry.By);
        }
    }
}

using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>
/// Deletes a unit that was created by mistake. A unit with history (children, a published mission) is closed
/// instead; deleting it is refused with 409.
/// </summary>
public static class DeleteUnit
{
    public sealed record Command(Guid Id, uint? ExpectedVersion) : ICommand, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageOrganisation;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(Id);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).NotEmpty();
    }

    public sealed class Handler(AppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await db.LockOrganisationTreeAsync(cancellationToken);
            var unit = await db.Units.FindOrThrowAsync(command.Id, "Unit", cancellationToken);
            db.ExpectVersion(unit, command.ExpectedVersion);

            var hasHistory = await db.Units.AnyAsync(c => c.ParentId == unit.Id, cancellationToken)
                || await db.MissionVersions.AnyAsync(v => v.UnitId == unit.Id, cancellationToken)
                || await db.GoalPictures.AnyAsync(g => g.UnitId == unit.Id, cancellationToken)
                || await db.Analyses.AnyAsync(a => a.UnitId == unit.Id, cancellationToken)
                || await db.GoalSets.AnyAsync(g => g.UnitId == unit.Id, cancellationToken)
                || await db.Dialogues.AnyAsync(d => d.UnitId == unit.Id, cancellationToken)
                || await db.Lessons.AnyAsync(l => l.UnitId == unit.Id, cancellationToken);
            if (hasHistory)
            {
                throw new DomainRuleException(
                    DomainRules.UnitHasHistory, $"'{unit.Name}' has history; close it with a valid-to date instead of deleting it.");
            }

            db.Units.Remove(unit);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

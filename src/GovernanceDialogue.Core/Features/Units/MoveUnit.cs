using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>Moves a unit, with its whole subtree, under another parent. Never under its own descendant.</summary>
public static class MoveUnit
{
    public sealed record Command(Guid Id, Guid ParentId, uint? ExpectedVersion) : ICommand<UnitDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageOrganisation;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(Id).Referencing(ParentId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.ParentId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : ICommandHandler<Command, UnitDto>
    {
        public async ValueTask<UnitDto> Handle(Command command, CancellationToken cancellationToken)
        {
            await db.LockOrganisationTreeAsync(cancellationToken);
            var unit = await db.Units.FindOrThrowAsync(command.Id, "Unit", cancellationToken);
            db.ExpectVersion(unit, command.ExpectedVersion);
            var parent = await db.Units.FindAsync([command.ParentId], cancellationToken)
                ?? throw new ValidationException([new ValidationFailure(nameof(Command.ParentId), $"No unit with id '{command.ParentId}' exists.")]);

            if (unit.ParentId == parent.Id)
            {
                return unit.ToDto();
            }

            var oldPath = unit.MoveUnder(parent, clock.Today());
            var newPath = unit.Path;
            await db.SaveChangesAsync(cancellationToken);

            // One statement re-roots every descendant; the transaction behaviour makes it atomic with the move.
            await db.Units
                .Where(u => u.Path.StartsWith(oldPath) && u.Id != unit.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Path, u => newPath + u.Path.Substring(oldPath.Length)), cancellationToken);
            return unit.ToDto();
        }
    }
}

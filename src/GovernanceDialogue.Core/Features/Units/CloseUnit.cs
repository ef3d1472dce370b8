using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>Closes a unit from a given date (its valid-to). Its history stays readable.</summary>
public static class CloseUnit
{
    public sealed record Command(Guid Id, DateOnly ValidTo, uint? ExpectedVersion) : ICommand<UnitDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageOrganisation;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(Id);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.ValidTo).NotEmpty();
    }

    public sealed class Handler(AppDbContext db) : ICommandHandler<Command, UnitDto>
    {
        public async ValueTask<UnitDto> Handle(Command command, CancellationToken cancellationToken)
        {
            await db.LockOrganisationTreeAsync(cancellationToken);
            var unit = await db.Units.FindOrThrowAsync(command.Id, "Unit", cancellationToken);
            db.ExpectVersion(unit, command.ExpectedVersion);
            var hasActiveChildren = await db.Units.AnyAsync(
                c => c.ParentId == unit.Id && (c.ValidTo == null || c.ValidTo > command.ValidTo), cancellationToken);
            unit.Close(command.ValidTo, hasActiveChildren);
            await db.SaveChangesAsync(cancellationToken);
            return unit.ToDto();
        }
    }
}

using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Missions;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>Adds a unit to the organisation tree (a city at the root, or a child of an existing unit).</summary>
public static class CreateUnit
{
    public sealed record Command(
        UnitKind? Kind, string Name, string ShortCode, Guid? ParentId, string? ExternalId, DateOnly? ValidFrom)
        : ICommand<UnitDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageOrganisation;

        // A city has no parent and lies in nobody's subtree (administrators only). Every other kind is created under
        // the parent named in the body: missing or unknown, it is a 400 on parentId for everyone who may create units.
        ResourceScope IAuthorized.Scope => Kind == UnitKind.City ? ResourceScope.Global.Referencing(ParentId) : ResourceScope.InBody(ParentId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).NotNull().IsInEnum();
            RuleFor(c => c.Name).Name();
            RuleFor(c => c.ShortCode).ShortCode();
            RuleFor(c => c.ExternalId).ExternalId();
            RuleFor(c => c.ParentId).NotEmpty().When(c => c.Kind != UnitKind.City);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : ICommandHandler<Command, UnitDto>
    {
        public async ValueTask<UnitDto> Handle(Command command, CancellationToken cancellationToken)
        {
            await db.LockOrganisationTreeAsync(cancellationToken);

            OrganisationUnit? parent = null;
            if (command.ParentId is { } parentId)
            {
                parent = await db.Units.FindAsync([parentId], cancellationToken)
                    ?? throw new ValidationException([new ValidationFailure(nameof(Command.ParentId), $"No unit with id '{parentId}' exists.")]);
            }

            await UnitUniqueness.EnsureFreeAsync(db, null, command.ShortCode, command.ExternalId, cancellationToken);

            var today = clock.Today();
            var unit = OrganisationUnit.Create(
                Guid.CreateVersion7(clock.GetUtcNow()), command.Kind!.Value, command.Name, command.ShortCode, parent,
                command.ExternalId, command.ValidFrom ?? today);
            db.Units.Add(unit);
            db.Missions.Add(Mission.StartFor(unit.Id));
            await db.SaveChangesAsync(cancellationToken);
            return unit.ToDto();
        }
    }
}

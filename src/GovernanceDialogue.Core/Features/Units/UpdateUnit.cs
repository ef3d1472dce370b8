using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>Renames a unit or corrects its short code, external id or valid-from date.</summary>
public static class UpdateUnit
{
    public sealed record Command(
        Guid Id, uint? ExpectedVersion, string Name, string ShortCode, string? ExternalId, DateOnly? ValidFrom)
        : ICommand<UnitDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageOrganisation;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(Id);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).Name();
            RuleFor(c => c.ShortCode).ShortCode();
            RuleFor(c => c.ExternalId).ExternalId();
            RuleFor(c => c.ValidFrom).NotNull();
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : ICommandHandler<Command, UnitDto>
    {
        public async ValueTask<UnitDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var unit = await db.Units.FindOrThrowAsync(command.Id, "Unit", cancellationToken);
            db.ExpectVersion(unit, command.ExpectedVersion);
            unit.EnsureNotClosed(clock.Today());
            await UnitUniqueness.EnsureFreeAsync(db, unit.Id, command.ShortCode, command.ExternalId, cancellationToken);
            unit.Update(command.Name, command.ShortCode, command.ExternalId, command.ValidFrom!.Value);
            await db.SaveChangesAsync(cancellationToken);
            return unit.ToDto();
        }
    }
}

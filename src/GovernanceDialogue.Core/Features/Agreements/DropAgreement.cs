using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Agreements;

/// <summary>Drops an open agreement, saying why; it stops following the unit into new dialogues.</summary>
public static class DropAgreement
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, string Reason) : ICommand<AgreementDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditAgreements;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Agreement>(Id, "Agreement");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).RequiredText(Agreement.ReasonMaxLength);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, AgreementDto>
    {
        public async ValueTask<AgreementDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var agreement = await AgreementLoader.ForChangeAsync(db, command.Id, command.ExpectedVersion, cancellationToken);
            agreement.Drop(command.Reason, clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await AgreementProjection.LoadDtoAsync(db, agreement.Id, clock.Today(), cancellationToken);
        }
    }
}

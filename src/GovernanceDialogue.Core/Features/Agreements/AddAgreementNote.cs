using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Agreements;

/// <summary>Adds a follow-up note to an agreement (how it is going), whatever its status.</summary>
public static class AddAgreementNote
{
    public sealed record Command(Guid Id, string Text) : ICommand<AgreementDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditAgreements;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Agreement>(Id, "Agreement");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Text).RequiredText(AgreementNote.TextMaxLength);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, AgreementDto>
    {
        public async ValueTask<AgreementDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var agreement = await db.Agreements.FindOrThrowAsync(command.Id, "Agreement", cancellationToken);
            var now = clock.GetUtcNow();
            agreement.Note(Guid.CreateVersion7(now), command.Text, null, now, user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await AgreementProjection.LoadDtoAsync(db, agreement.Id, clock.Today(), cancellationToken);
        }
    }
}

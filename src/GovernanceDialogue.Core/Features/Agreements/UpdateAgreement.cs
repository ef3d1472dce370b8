using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Agreements;

/// <summary>Revises an open agreement's wording, responsible person or due date (who it binds stays).</summary>
public static class UpdateAgreement
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, string Description, string Responsible, DateOnly? DueOn) : ICommand<AgreementDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditAgreements;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Agreement>(Id, "Agreement");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Description).RequiredText(Agreement.DescriptionMaxLength);
            RuleFor(c => c.Responsible).RequiredText(Agreement.ResponsibleMaxLength);
            RuleFor(c => c.DueOn).NotNull();
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : ICommandHandler<Command, AgreementDto>
    {
        public async ValueTask<AgreementDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var agreement = await db.Agreements.FindOrThrowAsync(command.Id, "Agreement", cancellationToken);
            db.ExpectVersion(agreement, command.ExpectedVersion);
            var heldOn = await db.Dialogues.Where(d => d.Id == agreement.DialogueId).Select(d => d.HeldOn).SingleAsync(cancellationToken);
            if (command.DueOn < heldOn)
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.DueOn), $"An agreement is due on or after the meeting ({heldOn:yyyy-MM-dd}).")]);
            }

            agreement.Revise(command.Description, command.Responsible, command.DueOn!.Value);
            await db.SaveChangesAsync(cancellationToken);
            return await AgreementProjection.LoadDtoAsync(db, agreement.Id, clock.Today(), cancellationToken);
        }
    }
}

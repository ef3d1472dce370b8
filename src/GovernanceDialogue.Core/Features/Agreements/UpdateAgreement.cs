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

/// <summary>Revises an open agreement's wording, responsible person or due date (who it binds and where it was made stay), of a dialogue or a collaboration.</summary>
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
            // A dialogue's agreement is due on or after its meeting; a collaboration's on or after the day it was made.
            var earliest = agreement.DialogueId is { } dialogueId
                ? await db.Dialogues.Where(d => d.Id == dialogueId).Select(d => d.HeldOn).SingleAsync(cancellationToken)
                : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(agreement.CreatedAt, CityClock.TimeZone).DateTime);
            if (command.DueOn < earliest)
            {
                var when = agreement.DialogueId is null ? "the day it was made" : "the meeting";
                throw new ValidationException([new ValidationFailure(nameof(Command.DueOn), $"An agreement is due on or after {when} ({earliest:yyyy-MM-dd}).")]);
            }

            agreement.Revise(command.Description, command.Responsible, command.DueOn!.Value);
            await db.SaveChangesAsync(cancellationToken);
            return await AgreementProjection.LoadDtoAsync(db, agreement.Id, clock.Today(), cancellationToken);
        }
    }
}

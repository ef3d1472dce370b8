using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Collaborations;

/// <summary>
/// Records an agreement made in an active collaboration, binding one of its units (or that unit's leadership), due
/// today or later. From then on it is an agreement like any other: the unit follows it up (notes, done, dropped,
/// revised) under <c>/agreements</c>, in its next dialogue and in the commitments lists.
/// </summary>
public static class AddCollaborationAgreement
{
    public sealed record Command(Guid CollaborationId, Guid? UnitId, AgreementInput Agreement) : ICommand<AgreementDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditCollaborations;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Collaboration>(CollaborationId, "Collaboration", nameof(Collaboration.LeadUnitId));
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.UnitId).NotEmpty();
            this.Content(c => c.Agreement);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, AgreementDto>
    {
        public async ValueTask<AgreementDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var collaboration = await db.Collaborations.FindOrThrowAsync(command.CollaborationId, "Collaboration", cancellationToken);
            var today = clock.Today();
            collaboration.EnsureActiveOn(today);
            var input = command.Agreement;
            var failures = new List<ValidationFailure>();
            if (!collaboration.HasUnit(command.UnitId!.Value))
            {
                failures.Add(new ValidationFailure(nameof(Command.UnitId), "The agreement binds one of the collaboration's units."));
            }

            if (input.DueOn < today)
            {
                failures.Add(new ValidationFailure("Agreement.DueOn", $"An agreement is due today ({today:yyyy-MM-dd}) or later."));
            }

            if (failures.Count > 0)
            {
                throw new ValidationException(failures);
            }

            var now = clock.GetUtcNow();
            var agreement = Agreement.MakeInCollaboration(
                Guid.CreateVersion7(now), collaboration, command.UnitId.Value, input.Description, input.Side!.Value, input.Responsible, input.DueOn!.Value, today,
                now, user.DisplayName);
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync(cancellationToken);
            return await AgreementProjection.LoadDtoAsync(db, agreement.Id, today, cancellationToken);
        }
    }
}

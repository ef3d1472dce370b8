using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Agreements;

/// <summary>Records an agreement of a held dialogue, binding the unit or its leadership, due on or after the meeting.</summary>
public static class AddAgreement
{
    public sealed record Command(Guid DialogueId, AgreementInput Agreement) : ICommand<AgreementDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.LeadDialogue;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Dialogue>(DialogueId, "Dialogue");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => this.Content(c => c.Agreement);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, AgreementDto>
    {
        public async ValueTask<AgreementDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == command.DialogueId, cancellationToken)
                ?? throw new NotFoundException("Dialogue", command.DialogueId);
            if (await db.Cycles.Where(c => c.Id == dialogue.CycleId).Select(c => c.Status).SingleAsync(cancellationToken) != CycleStatus.Open)
            {
                throw new DomainRuleException(DomainRules.CycleNotOpen, "The cycle is closed; its dialogues take no new agreements.");
            }

            dialogue.EnsureAcceptsAgreements();
            var input = command.Agreement;
            if (input.DueOn < dialogue.HeldOn)
            {
                throw new ValidationException([new ValidationFailure("Agreement.DueOn", $"An agreement is due on or after the meeting ({dialogue.HeldOn:yyyy-MM-dd}).")]);
            }

            var now = clock.GetUtcNow();
            var agreement = Agreement.Make(Guid.CreateVersion7(now), dialogue, input.Description, input.Side!.Value, input.Responsible, input.DueOn!.Value, now, user.DisplayName);
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync(cancellationToken);
            return await AgreementProjection.LoadDtoAsync(db, agreement.Id, clock.Today(), cancellationToken);
        }
    }
}

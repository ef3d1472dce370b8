using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Dialogues;

/// <summary>
/// Records the meeting of a submitted dialogue: the day, who took part, leadership's written response, and the
/// agreements made (each due on or after the meeting). More agreements can be added while the dialogue is held.
/// </summary>
public static class RecordDialogueHeld
{
    public sealed record Command(
        Guid DialogueId, uint? ExpectedVersion, DateOnly? HeldOn, IReadOnlyList<string>? Participants, string LeadershipResponse,
        IReadOnlyList<AgreementInput>? Agreements) : ICommand<DialogueDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.LeadDialogue;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Dialogue>(DialogueId, "Dialogue");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.HeldOn).NotNull();
            RuleFor(c => c.Participants).NotEmpty().Must(p => p is null || p.Count <= Dialogue.MaxParticipants)
                .WithMessage($"At most {Dialogue.MaxParticipants} participants.");
            RuleForEach(c => c.Participants).NotEmpty().Must(p => !string.IsNullOrWhiteSpace(p)).MaximumLength(Dialogue.ParticipantMaxLength);
            RuleFor(c => c.LeadershipResponse).RequiredText(Dialogue.ResponseMaxLength);
            RuleForEach(c => c.Agreements).ChildRules(a => a.Content(x => x));
            RuleForEach(c => c.Agreements).Must((c, a) => a?.DueOn is null || c.HeldOn is null || a.DueOn >= c.HeldOn)
                .WithMessage("An agreement is due on or after the meeting.").OverridePropertyName("Agreements");
        }
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, DialogueDto>
    {
        public async ValueTask<DialogueDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var (dialogue, cycle) = await DialogueRules.ForChangeAsync(db, command.DialogueId, command.ExpectedVersion, cancellationToken);
            var heldOn = command.HeldOn!.Value;
            var today = clock.Today();
            if (heldOn > today || heldOn < cycle.OpensOn)
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.HeldOn),
                    $"The meeting was held between the cycle's opening ({cycle.OpensOn:yyyy-MM-dd}) and today.")]);
            }

            var now = clock.GetUtcNow();
            dialogue.RecordHeld(heldOn, command.Participants!, command.LeadershipResponse, now, user.DisplayName);
            foreach (var input in command.Agreements ?? [])
            {
                db.Agreements.Add(Agreement.Make(
                    Guid.CreateVersion7(now), dialogue, input.Description, input.Side!.Value, input.Responsible, input.DueOn!.Value, now, user.DisplayName));
            }

            await db.SaveChangesAsync(cancellationToken);
            return await DialogueReader.ReadAsync(db, authorizer, today, dialogue.Id, cancellationToken);
        }
    }
}

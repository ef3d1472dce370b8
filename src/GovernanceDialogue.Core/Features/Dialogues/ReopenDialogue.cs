using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Dialogues;

/// <summary>Moves a dialogue one step back (submitted → preparing, held → submitted, closed → held); the reason is kept and audited.</summary>
public static class ReopenDialogue
{
    public sealed record Command(Guid DialogueId, uint? ExpectedVersion, string Reason) : ICommand<DialogueDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.LeadDialogue;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Dialogue>(DialogueId, "Dialogue");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).NotEmpty().Must(r => !string.IsNullOrWhiteSpace(r)).MaximumLength(Dialogue.ReasonMaxLength);
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock) : ICommandHandler<Command, DialogueDto>
    {
        public async ValueTask<DialogueDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var (dialogue, _) = await DialogueRules.ForChangeAsync(db, command.DialogueId, command.ExpectedVersion, cancellationToken);
            dialogue.Reopen(command.Reason);
            await db.SaveChangesAsync(cancellationToken);
            return await DialogueReader.ReadAsync(db, authorizer, clock.Today(), dialogue.Id, cancellationToken);
        }
    }
}

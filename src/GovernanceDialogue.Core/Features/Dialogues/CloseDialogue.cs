using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Dialogues;

/// <summary>Closes a held dialogue: its record is complete. Its open agreements follow the unit into the next cycle.</summary>
public static class CloseDialogue
{
    public sealed record Command(Guid DialogueId, uint? ExpectedVersion) : ICommand<DialogueDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.LeadDialogue;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Dialogue>(DialogueId, "Dialogue");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.DialogueId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, DialogueDto>
    {
        public async ValueTask<DialogueDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var (dialogue, _) = await DialogueRules.ForChangeAsync(db, command.DialogueId, command.ExpectedVersion, cancellationToken);
            dialogue.Close(clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await DialogueReader.ReadAsync(db, authorizer, clock.Today(), dialogue.Id, cancellationToken);
        }
    }
}

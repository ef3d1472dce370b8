using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Dialogues;

/// <summary>
/// Submits the prepared notes to leadership. Every goal needs an assessment first (400 naming each one missing);
/// the notes on earlier agreements are added to those agreements' follow-up history. Submitting twice is refused.
/// </summary>
public static class SubmitDialogue
{
    public sealed record Command(Guid DialogueId, uint? ExpectedVersion) : ICommand<DialogueDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.PrepareDialogue;

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
            if (dialogue.Status == DialogueStatus.Preparing && dialogue.UnassessedGoals.Count > 0)
            {
                var ordered = dialogue.Goals.OrderBy(g => g.Rank).ToList();
                throw new ValidationException(dialogue.UnassessedGoals.Select(g => new ValidationFailure(
                    $"Goals[{ordered.IndexOf(g)}].Assessment", $"Assess the goal '{g.Title}' (on track, uncertain or off track) before submitting.")));
            }

            var now = clock.GetUtcNow();
            dialogue.Submit(now, user.DisplayName);
            var noted = dialogue.FollowUps.Where(f => f.Note is not null).ToDictionary(f => f.AgreementId, f => f.Note!);
            foreach (var agreement in await db.Agreements.Where(a => noted.Keys.Contains(a.Id)).ToListAsync(cancellationToken))
            {
                agreement.Note(Guid.CreateVersion7(now), noted[agreement.Id], dialogue.Id, now, user.DisplayName);
            }

            await db.SaveChangesAsync(cancellationToken);
            return await DialogueReader.ReadAsync(db, authorizer, clock.Today(), dialogue.Id, cancellationToken);
        }
    }
}

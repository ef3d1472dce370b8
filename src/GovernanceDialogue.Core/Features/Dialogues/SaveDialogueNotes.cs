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
/// Saves the unit manager's draft notes: the answers to the template's text questions, an assessment and a word on
/// each goal, a note on each earlier agreement. The whole draft is replaced; leadership reads it once submitted.
/// </summary>
public static class SaveDialogueNotes
{
    public sealed record Answer(string Key, string? Text);

    public sealed record GoalNote(Guid GoalId, Assessment? Assessment, string? Narrative);

    public sealed record FollowUpNote(Guid AgreementId, string? Note);

    public sealed record Command(Guid DialogueId, uint? ExpectedVersion, IReadOnlyList<Answer>? Answers, IReadOnlyList<GoalNote>? Goals, IReadOnlyList<FollowUpNote>? FollowUps)
        : ICommand<DialogueDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.PrepareDialogue;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Dialogue>(DialogueId, "Dialogue");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleForEach(c => c.Answers).ChildRules(a =>
            {
                a.RuleFor(x => x.Key).NotEmpty();
                a.RuleFor(x => x.Text).MaximumLength(DialogueAnswer.TextMaxLength);
            });
            RuleForEach(c => c.Goals).ChildRules(g =>
            {
                g.RuleFor(x => x.GoalId).NotEmpty();
                g.RuleFor(x => x.Assessment).IsInEnum();
                g.RuleFor(x => x.Narrative).MaximumLength(DialogueGoal.NarrativeMaxLength);
            });
            RuleForEach(c => c.FollowUps).ChildRules(f =>
            {
                f.RuleFor(x => x.AgreementId).NotEmpty();
                f.RuleFor(x => x.Note).MaximumLength(DialogueFollowUp.NoteMaxLength);
            });
            RuleFor(c => c.Answers).Must(a => a is null || a.Select(x => x?.Key).Distinct().Count() == a.Count).WithMessage("Answer each question once.");
            RuleFor(c => c.Goals).Must(g => g is null || g.Select(x => x?.GoalId).Distinct().Count() == g.Count).WithMessage("Assess each goal once.");
            RuleFor(c => c.FollowUps).Must(f => f is null || f.Select(x => x?.AgreementId).Distinct().Count() == f.Count).WithMessage("Follow up each agreement once.");
        }
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, DialogueDto>
    {
        public async ValueTask<DialogueDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var (dialogue, _) = await DialogueRules.ForChangeAsync(db, command.DialogueId, command.ExpectedVersion, cancellationToken);
            var questions = await db.TemplateVersions.Where(v => v.Id == dialogue.TemplateVersionId).Select(v => v.Questions).SingleAsync(cancellationToken);
            var textKeys = questions.Where(q => q.Kind == QuestionKind.Text).Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
            var goalIds = dialogue.Goals.Select(g => g.GoalId).ToHashSet();
            var agreementIds = dialogue.FollowUps.Select(f => f.AgreementId).ToHashSet();
            var answers = command.Answers ?? [];
            var goals = command.Goals ?? [];
            var followUps = command.FollowUps ?? [];

            var failures = new List<ValidationFailure>();
            failures.AddRange(answers.Select((a, i) => (a, i)).Where(x => !textKeys.Contains(x.a.Key))
                .Select(x => new ValidationFailure($"Answers[{x.i}].Key", $"'{x.a.Key}' is not a text question of this dialogue's template.")));
            failures.AddRange(goals.Select((g, i) => (g, i)).Where(x => !goalIds.Contains(x.g.GoalId))
                .Select(x => new ValidationFailure($"Goals[{x.i}].GoalId", "Not one of the goals this dialogue takes up.")));
            failures.AddRange(followUps.Select((f, i) => (f, i)).Where(x => !agreementIds.Contains(x.f.AgreementId))
                .Select(x => new ValidationFailure($"FollowUps[{x.i}].AgreementId", "Not one of the agreements this dialogue follows up.")));
            if (failures.Count > 0)
            {
                throw new ValidationException(failures);
            }

            dialogue.SaveNotes(
                answers.Select(a => new DialogueAnswer(a.Key, a.Text ?? "")).ToList(),
                goals.ToDictionary(g => g.GoalId, g => (g.Assessment, g.Narrative)),
                followUps.ToDictionary(f => f.AgreementId, f => f.Note),
                clock.GetUtcNow(),
                user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await DialogueReader.ReadAsync(db, authorizer, clock.Today(), dialogue.Id, cancellationToken);
        }
    }
}

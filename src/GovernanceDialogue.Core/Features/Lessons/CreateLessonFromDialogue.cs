using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Lessons;

/// <summary>
/// Turns a dialogue's "what did not work" answer into a draft lesson in one step: linked to the dialogue and its unit,
/// flagged as a failure worth sharing, visible to the unit and its leadership until someone widens and shares it.
/// </summary>
public static class CreateLessonFromDialogue
{
    public sealed record Command(Guid DialogueId) : ICommand<LessonDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditLessons;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Dialogue>(DialogueId, "Dialogue");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.DialogueId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, LessonDto>
    {
        public async ValueTask<LessonDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var dialogue = await db.Dialogues.AsNoTracking()
                .Where(d => d.Id == command.DialogueId)
                .Select(d => new { d.UnitId, d.Answers, Cycle = db.Cycles.Where(c => c.Id == d.CycleId).Select(c => c.Name).Single() })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Dialogue", command.DialogueId);
            var answer = dialogue.Answers.FirstOrDefault(a => a.Key == SummaryGenerator.LessonQuestion && !string.IsNullOrWhiteSpace(a.Text))
                ?? throw new DomainRuleException(DomainRules.LessonNoDidNotWork, "The dialogue has no answer to \"what did not work\" to turn into a lesson.");

            var title = $"Det som inte fungerade ({dialogue.Cycle})";
            var content = new LessonContent(
                title.Length > Lesson.TitleMaxLength ? title[..Lesson.TitleMaxLength] : title, null, null,
                answer.Text.Length > Lesson.TextMaxLength ? answer.Text[..Lesson.TextMaxLength] : answer.Text, null, [],
                LessonVisibility.UnitAndLeadership, IsFailure: true);
            var now = clock.GetUtcNow();
            var lesson = Lesson.Draft(Guid.CreateVersion7(now), dialogue.UnitId, null, command.DialogueId, null, content, now, user.DisplayName);
            db.Lessons.Add(lesson);
            await db.SaveChangesAsync(cancellationToken);
            return await LessonProjection.LoadDtoAsync(db, lesson.Id, cancellationToken);
        }
    }
}

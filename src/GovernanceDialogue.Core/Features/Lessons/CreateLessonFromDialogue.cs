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
/// One lesson per dialogue: asking again answers with the lesson already made (<see cref="Response.Created"/> false).
/// </summary>
public static class CreateLessonFromDialogue
{
    public sealed record Command(Guid DialogueId) : ICommand<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditLessons;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Dialogue>(DialogueId, "Dialogue");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.DialogueId).NotEmpty();
    }

    /// <summary>The dialogue's lesson, and whether this request made it.</summary>
    public sealed record Response(LessonDto Lesson, bool Created);

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, Response>
    {
        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await db.Lessons.Where(l => l.DialogueId == command.DialogueId).Select(l => (Guid?)l.Id).SingleOrDefaultAsync(cancellationToken) is { } made)
            {
                return new(await LessonProjection.LoadDtoAsync(db, made, cancellationToken), Created: false);
            }

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
            return new(await LessonProjection.LoadDtoAsync(db, lesson.Id, cancellationToken), Created: true);
        }
    }
}

using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Lessons;

/// <summary>Shares a draft lesson: from now on it is readable at its visibility.</summary>
public static class ShareLesson
{
    public sealed record Command(Guid Id, uint? ExpectedVersion) : ICommand<LessonDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditLessons;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Lesson>(Id, "Lesson");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, LessonDto>
    {
        public async ValueTask<LessonDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var lesson = await db.Lessons.FindOrThrowAsync(command.Id, "Lesson", cancellationToken);
            db.ExpectVersion(lesson, command.ExpectedVersion);
            lesson.Share(clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await LessonProjection.LoadDtoAsync(db, lesson.Id, cancellationToken);
        }
    }
}

using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Lessons;

/// <summary>Revises a lesson's texts, tags, visibility, failure flag, goal or collaboration (draft or shared; its unit stays).</summary>
public static class UpdateLesson
{
    public sealed record Command(Guid Id, uint? ExpectedVersion, Guid? GoalId, string Title, string? Context, string? WhatWeTried, string? WhatHappened, string? WhatWeLearned, IReadOnlyList<string>? Tags, LessonVisibility? Visibility, bool IsFailure, Guid? CollaborationId = null) : ICommand<LessonDto>, IAuthorized, ILessonFields
    {
        Permission IAuthorized.Permission => Permission.EditLessons;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Lesson>(Id, "Lesson");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => this.Content();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, LessonDto>
    {
        public async ValueTask<LessonDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var lesson = await db.Lessons.FindOrThrowAsync(command.Id, "Lesson", cancellationToken);
            db.ExpectVersion(lesson, command.ExpectedVersion);
            await LessonProjection.EnsureGoalOfUnitAsync(db, command.GoalId, lesson.UnitId, nameof(Command.GoalId), cancellationToken);
            await LessonProjection.EnsureCollaborationOfUnitAsync(db, command.CollaborationId, lesson.UnitId, nameof(Command.CollaborationId), cancellationToken);
            lesson.Revise(command.ToContent(), command.GoalId, command.CollaborationId, clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await LessonProjection.LoadDtoAsync(db, lesson.Id, cancellationToken);
        }
    }
}

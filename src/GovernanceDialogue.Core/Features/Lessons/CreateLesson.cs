using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Lessons;

/// <summary>
/// Writes a draft lesson for a unit (optionally about one of its goals, or from a collaboration it takes part in); it is
/// shared separately.
/// </summary>
public static class CreateLesson
{
    public sealed record Command(Guid? UnitId, Guid? GoalId, string Title, string? Context, string? WhatWeTried, string? WhatHappened, string? WhatWeLearned, IReadOnlyList<string>? Tags, LessonVisibility? Visibility, bool IsFailure, Guid? CollaborationId = null) : ICommand<LessonDto>, IAuthorized, ILessonFields
    {
        Permission IAuthorized.Permission => Permission.EditLessons;

        ResourceScope IAuthorized.Scope => ResourceScope.InBody(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.UnitId).NotEmpty();
            this.Content();
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, LessonDto>
    {
        public async ValueTask<LessonDto> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.Units.AnyAsync(u => u.Id == command.UnitId, cancellationToken))
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.UnitId), "No such unit.")]);
            }

            var unitId = command.UnitId!.Value;
            await LessonProjection.EnsureGoalOfUnitAsync(db, command.GoalId, unitId, nameof(Command.GoalId), cancellationToken);
            await LessonProjection.EnsureCollaborationOfUnitAsync(db, command.CollaborationId, unitId, nameof(Command.CollaborationId), cancellationToken);
            var now = clock.GetUtcNow();
            var lesson = Lesson.Draft(Guid.CreateVersion7(now), unitId, command.GoalId, null, command.CollaborationId, command.ToContent(), now, user.DisplayName);
            db.Lessons.Add(lesson);
            await db.SaveChangesAsync(cancellationToken);
            return await LessonProjection.LoadDtoAsync(db, lesson.Id, cancellationToken);
        }
    }
}

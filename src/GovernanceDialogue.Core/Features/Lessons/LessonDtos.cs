using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Audit;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Lessons;

/// <summary>
/// A lesson with its unit's name (and its collaboration's, when it came from one). Drafts reach only the unit's managers
/// and the executives above it.
/// </summary>
public sealed record LessonDto(
    Guid Id, Guid UnitId, string UnitName, Guid? GoalId, Guid? DialogueId, Guid? CollaborationId, string? CollaborationName, string Title, string? Context, string? WhatWeTried,
    string? WhatHappened, string? WhatWeLearned, IReadOnlyList<string> Tags, LessonVisibility Visibility, bool IsFailure, LessonStatus Status,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? UpdatedAt, string? UpdatedBy, DateTimeOffset? SharedAt, string? SharedBy)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public uint Version { get; init; }
}

/// <summary>The fields of a lesson as a request gives them (flat, so errors name the fields the client sent).</summary>
public interface ILessonFields
{
    string Title { get; }

    string? Context { get; }

    string? WhatWeTried { get; }

    string? WhatHappened { get; }

    string? WhatWeLearned { get; }

    IReadOnlyList<string>? Tags { get; }

    LessonVisibility? Visibility { get; }

    bool IsFailure { get; }
}

internal static class LessonRules
{
    public static LessonContent ToContent(this ILessonFields f) =>
        new(f.Title, f.Context, f.WhatWeTried, f.WhatHappened, f.WhatWeLearned, f.Tags ?? [], f.Visibility!.Value, f.IsFailure);

    public static void Content<T>(this AbstractValidator<T> l)
        where T : ILessonFields
    {
        l.RuleFor(x => x.Title).RequiredText(Lesson.TitleMaxLength);
        l.RuleFor(x => x.Context).OptionalText(Lesson.TextMaxLength);
        l.RuleFor(x => x.WhatWeTried).OptionalText(Lesson.TextMaxLength);
        l.RuleFor(x => x.WhatHappened).OptionalText(Lesson.TextMaxLength);
        l.RuleFor(x => x.WhatWeLearned).OptionalText(Lesson.TextMaxLength);
        l.RuleFor(x => x.Visibility).NotNull().IsInEnum();
        l.RuleFor(x => x.Tags).Must(t => t is null || t.Count <= Lesson.MaxTags).WithMessage($"At most {Lesson.MaxTags} tags.");
        l.RuleForEach(x => x.Tags).NotEmpty().MaximumLength(Lesson.TagMaxLength);
    }
}

internal static class LessonVisibilityFilter
{
    /// <summary>
    /// The lessons the caller may read, filtered in SQL: shared public ones for everyone, shared organisation ones for
    /// anyone signed in, and every lesson (drafts too) of the units where the caller may edit lessons.
    /// </summary>
    public static IQueryable<Lesson> VisibleTo(this IQueryable<Lesson> lessons, AppDbContext db, Authorizer authorizer, ICurrentUser user)
    {
        var editors = Subtrees.Patterns(authorizer.Subtrees(Permission.EditLessons));
        var signedIn = user.Kind != ActorKind.Anonymous;
        return lessons.Where(l =>
            (l.Status == LessonStatus.Shared && (l.Visibility == LessonVisibility.Public || (signedIn && l.Visibility == LessonVisibility.Organisation)))
            || editors == null
            || db.Units.Any(u => u.Id == l.UnitId && editors.Any(p => EF.Functions.Like(u.Path, p))));
    }

    /// <summary>Public lessons only: what an award page may show to anyone.</summary>
    public static IQueryable<Guid> PublicIds(this AppDbContext db) =>
        db.Lessons.Where(l => l.Status == LessonStatus.Shared && l.Visibility == LessonVisibility.Public).Select(l => l.Id);
}

internal static class LessonProjection
{
    public static IQueryable<LessonDto> ProjectToDto(this IQueryable<Lesson> lessons, AppDbContext db) =>
        from l in lessons
        join u in db.Units on l.UnitId equals u.Id
        select new LessonDto(
            l.Id, l.UnitId, u.Name, l.GoalId, l.DialogueId, l.CollaborationId,
            db.Collaborations.Where(c => c.Id == l.CollaborationId).Select(c => c.Name).FirstOrDefault(), l.Title, l.Context, l.WhatWeTried, l.WhatHappened, l.WhatWeLearned, l.Tags,
            l.Visibility, l.IsFailure, l.Status, l.CreatedAt, l.CreatedBy, l.UpdatedAt, l.UpdatedBy, l.SharedAt, l.SharedBy)
        { Version = l.Version };

    public static async Task<LessonDto> LoadDtoAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Lessons.AsNoTracking().Where(l => l.Id == id).ProjectToDto(db).SingleAsync(cancellationToken);

    /// <summary>A goal given for a lesson must be one of the unit's own goals (else 400 on the field).</summary>
    public static async Task EnsureGoalOfUnitAsync(AppDbContext db, Guid? goalId, Guid unitId, string field, CancellationToken cancellationToken)
    {
        if (goalId is { } id && !await db.Goals.AnyAsync(g => g.Id == id && g.UnitId == unitId, cancellationToken))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(field, "The goal is not one of the unit's prioritised goals.")]);
        }
    }

    /// <summary>A collaboration given for a lesson must be one the unit takes part in (else 400 on the field).</summary>
    public static async Task EnsureCollaborationOfUnitAsync(AppDbContext db, Guid? collaborationId, Guid unitId, string field, CancellationToken cancellationToken)
    {
        if (collaborationId is { } id && !await db.Collaborations.AnyAsync(c => c.Id == id && c.Units.Any(u => u.UnitId == unitId), cancellationToken))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(field, "The unit takes no part in that collaboration.")]);
        }
    }

    /// <summary>The city a unit belongs to: the first segment of its path.</summary>
    public static Guid CityOf(string path) => Guid.ParseExact(path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0], "N");
}

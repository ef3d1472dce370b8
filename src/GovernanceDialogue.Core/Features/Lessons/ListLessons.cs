using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GovernanceDialogue.Core.Features.Lessons;

/// <summary>
/// The lessons library: what the caller may read, newest first, filtered by unit (and its subtree), tag, failure flag,
/// visibility, status, the collaboration it came from, and Swedish full-text search (<c>q</c>, ranked).
/// </summary>
public static class ListLessons
{
    public sealed record Query(
        Guid? UnitId = null, string? Tag = null, bool? Failure = null, LessonVisibility? Visibility = null, LessonStatus? Status = null,
        string? Q = null, int Page = 1, int PageSize = Paging.DefaultPageSize, Guid? CollaborationId = null) : IQuery<PagedList<LessonDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadLessons;

        ResourceScope IAuthorized.Scope => ResourceScope.Named(UnitId, ResourceScope.Global);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            // The scope lets the all-zero id through (it names no unit), so without this the handler would not find it.
            RuleFor(q => q.UnitId).NotEqual(Guid.Empty).WithMessage("Give a unit's id, or none for every unit.");
            RuleFor(q => q.CollaborationId).NotEqual(Guid.Empty).WithMessage("Give a collaboration's id, or none for every lesson.");
            RuleFor(q => q.Visibility).IsInEnum();
            RuleFor(q => q.Status).IsInEnum();
            RuleFor(q => q.Tag).MaximumLength(Lesson.TagMaxLength);
            RuleFor(q => q.Q).Must(q => q is null || q.Trim().Length >= Search.Search.MinQueryLength)
                .WithMessage($"Search for at least {Search.Search.MinQueryLength} characters.").MaximumLength(Search.Search.MaxQueryLength);
            this.ValidatePaging(q => q.Page, q => q.PageSize);
        }
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, ICurrentUser user) : IQueryHandler<Query, PagedList<LessonDto>>
    {
        public async ValueTask<PagedList<LessonDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var lessons = db.Lessons.AsNoTracking().VisibleTo(db, authorizer, user);
            if (query.UnitId is { } unitId)
            {
                var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync(cancellationToken);
                lessons = lessons.Where(l => db.Units.Any(u => u.Id == l.UnitId && u.Path.StartsWith(path)));
            }

            if (query.CollaborationId is { } collaborationId)
            {
                lessons = lessons.Where(l => l.CollaborationId == collaborationId);
            }

            if (!string.IsNullOrWhiteSpace(query.Tag))
            {
                var tag = query.Tag.Trim().ToLowerInvariant();
                lessons = lessons.Where(l => l.Tags.Contains(tag));
            }

            if (query.Failure is { } failure)
            {
                lessons = lessons.Where(l => l.IsFailure == failure);
            }

            if (query.Visibility is { } visibility)
            {
                lessons = lessons.Where(l => l.Visibility == visibility);
            }

            if (query.Status is { } status)
            {
                lessons = lessons.Where(l => l.Status == status);
            }

            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var q = query.Q.Trim();
                return await lessons
                    .Where(l => EF.Property<NpgsqlTsVector>(l, SearchVector.Column).Matches(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)))
                    .OrderByDescending(l => EF.Property<NpgsqlTsVector>(l, SearchVector.Column).Rank(EF.Functions.WebSearchToTsQuery(SearchVector.Configuration, q)))
                    .ThenByDescending(l => l.CreatedAt)
                    .ProjectToDto(db)
                    .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
            }

            return await lessons.OrderByDescending(l => l.CreatedAt).ThenBy(l => l.Id).ProjectToDto(db).ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}

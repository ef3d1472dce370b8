using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Lessons;

/// <summary>One lesson, if the caller may read it (otherwise 404: a draft's existence is not revealed).</summary>
public static class GetLesson
{
    public sealed record Query(Guid Id) : IQuery<LessonDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadLessons;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Lesson>(Id, "Lesson");
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, ICurrentUser user) : IQueryHandler<Query, LessonDto>
    {
        public async ValueTask<LessonDto> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Lessons.AsNoTracking().Where(l => l.Id == query.Id).VisibleTo(db, authorizer, user).ProjectToDto(db).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Lesson", query.Id);
    }
}

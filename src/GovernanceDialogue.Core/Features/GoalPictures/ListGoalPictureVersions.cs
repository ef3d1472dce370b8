using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.GoalPictures;

/// <summary>Every version of a goal picture's scope the caller may see, newest first.</summary>
public static class ListGoalPictureVersions
{
    public sealed record Query(Guid Id) : IQuery<IReadOnlyList<GoalPictureDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadGoalPictures;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Id).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer) : IQueryHandler<Query, IReadOnlyList<GoalPictureDto>>
    {
        public async ValueTask<IReadOnlyList<GoalPictureDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var visible = db.GoalPictures.AsNoTracking().VisibleTo(authorizer, db);
            var scope = await visible.Where(g => g.Id == query.Id).Select(g => (Guid?)g.UnitId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Goal picture", query.Id);
            return await visible.Where(g => g.UnitId == scope).OrderByDescending(g => g.Number).ProjectToDto(db).ToListAsync(cancellationToken);
        }
    }
}

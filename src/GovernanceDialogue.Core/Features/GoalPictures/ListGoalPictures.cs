using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.GoalPictures;

/// <summary>Goal pictures the caller may see, newest first, by scope and status.</summary>
public static class ListGoalPictures
{
    public sealed record Query(Guid? UnitId = null, GoalPictureStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedList<GoalPictureDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadGoalPictures;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.ValidatePaging(q => q.Page, q => q.PageSize);
            RuleFor(q => q.Status).IsInEnum();
        }
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer) : IQueryHandler<Query, PagedList<GoalPictureDto>>
    {
        public async ValueTask<PagedList<GoalPictureDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var pictures = db.GoalPictures.AsNoTracking().VisibleTo(authorizer, db);
            if (query.UnitId is { } unitId)
            {
                pictures = pictures.Where(g => g.UnitId == unitId);
            }

            if (query.Status is { } status)
            {
                pictures = pictures.Where(g => g.Status == status);
            }

            return await pictures.OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Number)
                .ProjectToDto(db).ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}

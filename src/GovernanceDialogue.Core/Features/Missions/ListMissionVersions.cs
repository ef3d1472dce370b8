using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Missions;

/// <summary>The publish history of a unit's mission, newest first.</summary>
public static class ListMissionVersions
{
    public sealed record Query(Guid UnitId, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedList<MissionVersionSummaryDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedMission;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.UnitId).NotEmpty();
            this.ValidatePaging(q => q.Page, q => q.PageSize);
        }
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, PagedList<MissionVersionSummaryDto>>
    {
        public async ValueTask<PagedList<MissionVersionSummaryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!await db.Units.AnyAsync(u => u.Id == query.UnitId, cancellationToken))
            {
                throw new NotFoundException("Unit", query.UnitId);
            }

            return await db.MissionVersions.AsNoTracking()
                .Where(v => v.UnitId == query.UnitId)
                .OrderByDescending(v => v.Number)
                .ProjectToSummary()
                .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}

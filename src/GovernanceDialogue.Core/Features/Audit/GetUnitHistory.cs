using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Audit;

/// <summary>A unit's recent history: every change made for the unit or to it, newest first.</summary>
public static class GetUnitHistory
{
    public sealed record Query(Guid UnitId, int Page = 1, int PageSize = 20) : IQuery<PagedList<AuditEntryDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadUnitHistory;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.UnitId).NotEmpty();
            this.ValidatePaging(q => q.Page, q => q.PageSize);
        }
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer) : IQueryHandler<Query, PagedList<AuditEntryDto>>
    {
        public async ValueTask<PagedList<AuditEntryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!await db.Units.AnyAsync(u => u.Id == query.UnitId, cancellationToken))
            {
                throw new NotFoundException("Unit", query.UnitId);
            }

            var unitKey = $"OrganisationUnit:{query.UnitId}";
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.UnitId == query.UnitId || e.Entities.Contains(unitKey))
                .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
                .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
            return new PagedList<AuditEntryDto>(await page.Items.ToDtosAsync(db, authorizer, cancellationToken), page.Page, page.PageSize, page.TotalCount);
        }
    }
}

using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Units;

/// <summary>Lists units, filtered by kind, parent and name (or short code), ordered by name, one page at a time.</summary>
public static class ListUnits
{
    public sealed record Query(
        UnitKind? Kind = null,
        Guid? ParentId = null,
        string? Name = null,
        bool IncludeClosed = false,
        int Page = 1,
        int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<UnitDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadOrganisation;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.ValidatePaging(q => q.Page, q => q.PageSize);
            RuleFor(q => q.Kind).IsInEnum();
            RuleFor(q => q.Name).MaximumLength(OrganisationUnit.NameMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, PagedList<UnitDto>>
    {
        public async ValueTask<PagedList<UnitDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.ParentId is { } parentId && !await db.Units.AnyAsync(u => u.Id == parentId, cancellationToken))
            {
                throw new NotFoundException("Unit", parentId);
            }

            var units = db.Units.AsNoTracking();
            if (query.Kind is { } kind)
            {
                units = units.Where(u => u.Kind == kind);
            }

            if (query.ParentId is { } parent)
            {
                units = units.Where(u => u.ParentId == parent);
            }

            if (!string.IsNullOrWhiteSpace(query.Name))
            {
                var pattern = "%" + EscapeLike(query.Name.Trim()) + "%";
                units = units.Where(u => EF.Functions.ILike(u.Name, pattern) || EF.Functions.ILike(u.ShortCode, pattern));
            }

            if (!query.IncludeClosed)
            {
                var today = clock.Today();
                units = units.Where(u => u.ValidTo == null || u.ValidTo > today);
            }

            return await units.OrderBy(u => u.Name).ThenBy(u => u.Id).ProjectToDto()
                .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }

        private static string EscapeLike(string text) =>
            text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
    }
}

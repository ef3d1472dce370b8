using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>
/// Cycles, newest first: all of them, or those that cover a unit (its own scope's and those above), by status and
/// year.
/// </summary>
public static class ListCycles
{
    public sealed record Query(Guid? UnitId = null, CycleStatus? Status = null, int? Year = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedList<CycleDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadCycles;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).IsInEnum();
            RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
            this.ValidatePaging(q => q.Page, q => q.PageSize);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, PagedList<CycleDto>>
    {
        public async ValueTask<PagedList<CycleDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var cycles = db.Cycles.AsNoTracking();
            if (query.UnitId is { } unitId)
            {
                var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new Common.Errors.NotFoundException("Unit", unitId);
                cycles = cycles.Where(c => db.Units.Any(s => s.Id == c.ScopeUnitId && (path.StartsWith(s.Path) || s.Path.StartsWith(path))));
            }

            if (query.Status is { } status)
            {
                cycles = cycles.Where(c => c.Status == status);
            }

            if (query.Year is { } year)
            {
                cycles = cycles.Where(c => c.Year == year);
            }

            return await cycles.OrderByDescending(c => c.OpensOn).ThenBy(c => c.Name)
                .ProjectToDto(db, clock.Today()).ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}

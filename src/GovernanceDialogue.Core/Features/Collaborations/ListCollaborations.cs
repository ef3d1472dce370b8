using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Collaborations;

/// <summary>
/// Collaborations, active ones first, then by name: optionally those a unit (or a unit below it) takes part in, at a
/// stage, or only active or ended ones.
/// </summary>
public static class ListCollaborations
{
    /// <param name="UnitId">Only collaborations this unit or a unit below it takes part in.</param>
    /// <param name="Stage">Only collaborations at this step of the ladder.</param>
    /// <param name="Active">Only active (true) or ended (false) collaborations.</param>
    public sealed record Query(Guid? UnitId = null, LadderStage? Stage = null, bool? Active = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
        : IQuery<PagedList<CollaborationSummaryDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadCollaborations;

        ResourceScope IAuthorized.Scope => ResourceScope.Named(UnitId, ResourceScope.Global);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            // The scope lets the all-zero id through (it names no unit), so without this the handler would not find it.
            RuleFor(q => q.UnitId).NotEqual(Guid.Empty).WithMessage("Give a unit's id, or none for every unit.");
            RuleFor(q => q.Stage).IsInEnum();
            this.ValidatePaging(q => q.Page, q => q.PageSize);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, PagedList<CollaborationSummaryDto>>
    {
        public async ValueTask<PagedList<CollaborationSummaryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var collaborations = db.Collaborations.AsNoTracking();
            if (query.UnitId is { } unitId)
            {
                var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync(cancellationToken);
                collaborations = collaborations.Where(c => c.Units.Any(cu => db.Units.Any(u => u.Id == cu.UnitId && u.Path.StartsWith(path))));
            }

            if (query.Stage is { } stage)
            {
                collaborations = collaborations.Where(c => c.Stage == stage);
            }

            if (query.Active is { } active)
            {
                collaborations = active
                    ? collaborations.Where(c => c.EndedOn == null || c.EndedOn > today)
                    : collaborations.Where(c => c.EndedOn != null && c.EndedOn <= today);
            }

            return await collaborations
                .OrderBy(c => c.EndedOn == null || c.EndedOn > today ? 0 : 1).ThenBy(c => c.Name).ThenBy(c => c.Id)
                .ProjectToSummary(db, today)
                .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        }
    }
}

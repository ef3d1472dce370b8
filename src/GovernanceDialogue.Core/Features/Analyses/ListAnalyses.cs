using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Analyses;

/// <summary>A unit's analyses, newest period first.</summary>
public static class ListAnalyses
{
    public sealed record Query(Guid UnitId) : IQuery<IReadOnlyList<AnalysisSummaryDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadAnalyses;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.UnitId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer) : IQueryHandler<Query, IReadOnlyList<AnalysisSummaryDto>>
    {
        public async ValueTask<IReadOnlyList<AnalysisSummaryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var path = await db.Units.Where(u => u.Id == query.UnitId).Select(u => u.Path).SingleAsync(cancellationToken);
            return await db.Analyses.AsNoTracking()
                .Where(a => a.UnitId == query.UnitId)
                .VisibleTo(authorizer.Can(Permission.EditAnalysis, path))
                .OrderByDescending(a => a.Period)
                .Select(a => new AnalysisSummaryDto(a.Id, a.Period, a.Status, a.Observations.Count, a.UpdatedAt))
                .ToListAsync(cancellationToken);
        }
    }
}

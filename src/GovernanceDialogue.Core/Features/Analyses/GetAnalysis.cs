using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Analyses;

/// <summary>One analysis, with the previous period's beside it when asked (to read side by side).</summary>
public static class GetAnalysis
{
    public sealed record Query(Guid UnitId, Guid AnalysisId, bool WithPrevious = false) : IQuery<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadAnalyses;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    /// <summary>The analysis; <paramref name="Previous"/> is the unit's analysis of the period before, if any (and asked for).</summary>
    public sealed record Response(AnalysisDto Analysis, AnalysisDto? Previous, bool CanEdit);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.AnalysisId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, TimeProvider clock) : IQueryHandler<Query, Response>
    {
        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            var unit = await db.Units.Where(u => u.Id == query.UnitId).Select(u => new { u.Path, u.ValidTo }).SingleAsync(cancellationToken);
            var canEdit = authorizer.Can(Permission.EditAnalysis, unit.Path);
            var today = clock.Today();
            var visible = db.Analyses.AsNoTracking().Where(a => a.UnitId == query.UnitId).VisibleTo(canEdit);
            var analysis = await visible.Where(a => a.Id == query.AnalysisId).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Analysis", query.AnalysisId);
            var previous = query.WithPrevious
                ? await visible.Where(a => a.Period == analysis.Period - 1).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
                : null;
            // Editors still read the drafts of a closed unit, but nobody changes them any more.
            return new Response(analysis, previous, canEdit && !(unit.ValidTo <= today));
        }
    }
}

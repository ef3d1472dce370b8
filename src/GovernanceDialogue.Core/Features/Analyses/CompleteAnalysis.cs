using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Analyses;

/// <summary>Completes the analysis: from now on it is the record the period's goals follow from, and it is read-only.</summary>
public static class CompleteAnalysis
{
    public sealed record Command(Guid UnitId, Guid AnalysisId, uint? ExpectedVersion) : ICommand<AnalysisDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditAnalysis;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.AnalysisId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, AnalysisDto>
    {
        public async ValueTask<AnalysisDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var analysis = await db.AnalysisOfUnitAsync(command.UnitId, command.AnalysisId, clock.Today(), cancellationToken);
            db.ExpectVersion(analysis, command.ExpectedVersion);
            analysis.Complete(clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return await db.Analyses.AsNoTracking().Where(a => a.Id == analysis.Id).ProjectToDto().SingleAsync(cancellationToken);
        }
    }
}

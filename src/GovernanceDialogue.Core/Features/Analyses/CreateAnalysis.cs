using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Analyses;

/// <summary>Starts the unit's analysis for a period (one per unit and period).</summary>
public static class CreateAnalysis
{
    public sealed record Command(Guid UnitId, int Period) : ICommand<AnalysisDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditAnalysis;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Period).Period();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, AnalysisDto>
    {
        public async ValueTask<AnalysisDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var unit = await db.Units.FindOrThrowAsync(command.UnitId, "Unit", cancellationToken);
            unit.EnsureNotClosed(clock.Today());
            if (await db.Analyses.AnyAsync(a => a.UnitId == unit.Id && a.Period == command.Period, cancellationToken))
            {
                throw new DomainRuleException(DomainRules.AnalysisExists, $"'{unit.Name}' already has an analysis for {command.Period}.");
            }

            var now = clock.GetUtcNow();
            var analysis = CurrentStateAnalysis.Start(Guid.CreateVersion7(now), unit.Id, command.Period, now, user.DisplayName);
            db.Analyses.Add(analysis);
            await db.SaveChangesAsync(cancellationToken);
            return await db.Analyses.AsNoTracking().Where(a => a.Id == analysis.Id).ProjectToDto().SingleAsync(cancellationToken);
        }
    }
}

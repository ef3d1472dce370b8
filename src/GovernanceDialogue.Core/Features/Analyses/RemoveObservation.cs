using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Analyses;

/// <summary>Removes an observation from a draft analysis.</summary>
public static class RemoveObservation
{
    public sealed record Command(Guid UnitId, Guid AnalysisId, Guid ObservationId) : ICommand, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditAnalysis;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.ObservationId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var analysis = await db.AnalysisOfUnitAsync(command.UnitId, command.AnalysisId, clock.Today(), cancellationToken);
            analysis.RemoveObservation(command.ObservationId, clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Persistence;
using Mediator;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>Reads the cycle's dialogues again into the summary's facts. The executive's text is kept as it is.</summary>
public static class RegenerateSummary
{
    public sealed record Command(Guid Id, uint? ExpectedVersion) : ICommand<SummaryDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditSummaries;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<Summary>(Id, "Summary");
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, SummaryGenerator generator, Authorizer authorizer, TimeProvider clock) : ICommandHandler<Command, SummaryDto>
    {
        public async ValueTask<SummaryDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var summary = await SummaryRules.ForChangeAsync(db, command.Id, command.ExpectedVersion, cancellationToken);
            var cycle = await db.Cycles.FindAsync([summary.CycleId], cancellationToken);
            var facts = await generator.BuildAsync(cycle!, [summary.UnitId], null, cancellationToken);
            summary.Regenerate(facts[summary.UnitId], clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return await SummaryReader.ReadAsync(db, authorizer, summary.Id, cancellationToken);
        }
    }
}

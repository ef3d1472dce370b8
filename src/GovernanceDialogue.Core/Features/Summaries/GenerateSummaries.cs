using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Domain.Summaries;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Summaries;

/// <summary>
/// Generates the drafts of a cycle's summaries from its dialogues: for the cycle's scope and (in a city's cycle)
/// each administration in it, or for the one unit named. A summary that exists gets fresh facts; the executive's
/// narrative, highlights and quotes are never touched.
/// </summary>
public static class GenerateSummaries
{
    /// <param name="CycleId">The cycle (open or closed).</param>
    /// <param name="UnitId">One summary only: the cycle's scope or an administration in it. Without it, all of them.</param>
    public sealed record Command(Guid CycleId, Guid? UnitId) : ICommand<IReadOnlyList<SummaryListItemDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.EditSummaries;

        ResourceScope IAuthorized.Scope => UnitId is { } unitId
            ? ResourceScope.InBody(unitId)
            : ResourceScope.UnitOf<DialogueCycle>(CycleId, "Cycle", nameof(DialogueCycle.ScopeUnitId));
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CycleId).NotEmpty();
            RuleFor(c => c.UnitId).NotEqual(Guid.Empty).WithMessage("Name the unit's id, or none for all the cycle's summaries.");
        }
    }

    public sealed class Handler(AppDbContext db, SummaryDrafts drafts) : ICommandHandler<Command, IReadOnlyList<SummaryListItemDto>>
    {
        public async ValueTask<IReadOnlyList<SummaryListItemDto>> Handle(Command command, CancellationToken cancellationToken)
        {
            var cycle = await db.Cycles.FindOrThrowAsync(command.CycleId, "Cycle", cancellationToken);
            if (cycle.Status == CycleStatus.Scheduled)
            {
                throw new DomainRuleException(DomainRules.SummaryCycleScheduled, "The cycle has not opened yet: there are no dialogues to summarise.");
            }

            if (command.UnitId is { } unitId)
            {
                await EnsureSummaryUnitAsync(cycle, unitId, cancellationToken);
            }

            var ids = await drafts.GenerateAsync(cycle, command.UnitId, null, cancellationToken);
            return await ListCycleSummaries.Rows(db, db.Summaries.Where(s => s.CycleId == cycle.Id && ids.Contains(s.UnitId)), cycle.Name, cycle.ScopeUnitId)
                .Select(r => r.Item).ToListAsync(cancellationToken);
        }

        /// <summary>A summary is for the cycle's scope, or for an administration in a city's cycle.</summary>
        private async Task EnsureSummaryUnitAsync(DialogueCycle cycle, Guid unitId, CancellationToken cancellationToken)
        {
            if (unitId == cycle.ScopeUnitId)
            {
                return;
            }

            var scopePath = await db.Units.Where(u => u.Id == cycle.ScopeUnitId).Select(u => u.Path).SingleAsync(cancellationToken);
            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
                ?? throw new ValidationException([new ValidationFailure(nameof(Command.UnitId), $"No unit with id '{unitId}' exists.")]);
            if (unit.Kind != UnitKind.Administration || !unit.Path.StartsWith(scopePath, StringComparison.Ordinal))
            {
                throw new DomainRuleException(DomainRules.SummaryScope, "Summaries are for the cycle's scope and, in a city's cycle, for each administration in it.");
            }
        }
    }
}

/// <summary>
/// Generating drafts, shared by the command and by closing a cycle: new summaries get their facts, existing ones fresh
/// facts, and the executive's text is never touched.
/// </summary>
public sealed class SummaryDrafts(AppDbContext db, SummaryGenerator generator, TimeProvider clock)
{
    /// <summary>
    /// Generates the summary of <paramref name="unitId"/>, or all of the cycle's; returns their units.
    /// <paramref name="prepared"/>: the cycle's figures when the caller has just prepared them.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> GenerateAsync(
        DialogueCycle cycle, Guid? unitId, IReadOnlyList<(Guid UnitId, CycleFacts Facts)>? prepared, CancellationToken cancellationToken)
    {
        var facts = await generator.BuildAsync(cycle, unitId is { } one ? [one] : null, prepared, cancellationToken);
        var ids = facts.Keys.ToList();
        var existing = await db.Summaries.Where(s => s.CycleId == cycle.Id && ids.Contains(s.UnitId)).ToDictionaryAsync(s => s.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var (unit, unitFacts) in facts)
        {
            if (existing.TryGetValue(unit, out var summary))
            {
                summary.Regenerate(unitFacts, now);
            }
            else
            {
                db.Summaries.Add(Summary.Generate(Guid.CreateVersion7(now), cycle.Id, unit, unitFacts, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return ids;
    }
}

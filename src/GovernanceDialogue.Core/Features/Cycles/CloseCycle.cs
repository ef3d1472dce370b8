using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>
/// Closes an open cycle now (the wheel's job does it on the close date): dialogues not yet closed are flagged as
/// unfinished, the cycle's figures are prepared, and the drafts of its summaries (the scope's and each administration's)
/// are generated for the executives to write. Closing a closed cycle again is a no-op.
/// </summary>
public static class CloseCycle
{
    public sealed record Command(Guid Id, uint? ExpectedVersion) : ICommand<CycleDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageCycles;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<DialogueCycle>(Id, "Cycle", nameof(DialogueCycle.ScopeUnitId));
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Id).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, CycleCloser closer, TimeProvider clock) : ICommandHandler<Command, CycleDto>
    {
        public async ValueTask<CycleDto> Handle(Command command, CancellationToken cancellationToken)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM dialogue_cycles WHERE id = {command.Id} FOR UPDATE", cancellationToken);
            var cycle = await db.Cycles.FindOrThrowAsync(command.Id, "Cycle", cancellationToken);
            if (cycle.Status != CycleStatus.Closed)
            {
                db.ExpectVersion(cycle, command.ExpectedVersion);
                await closer.CloseAsync(cycle, cancellationToken);
            }

            return await db.Cycles.AsNoTracking().Where(c => c.Id == cycle.Id).ProjectToDto(db, clock.Today()).SingleAsync(cancellationToken);
        }
    }
}

/// <summary>Closing, shared by the command and the wheel's job.</summary>
public sealed class CycleCloser(AppDbContext db, CycleRollupBuilder rollups, SummaryDrafts summaries, AuditTrail audit, TimeProvider clock, ICurrentUser user)
{
    public async Task CloseAsync(DialogueCycle cycle, CancellationToken cancellationToken)
    {
        cycle.Close(clock.GetUtcNow(), user.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        var unfinished = await db.Database.ExecuteSqlAsync(
            $"UPDATE dialogues SET unfinished_at_cycle_close = true WHERE cycle_id = {cycle.Id} AND status <> 'Closed'", cancellationToken);
        audit.Note(nameof(DialogueCycle), cycle.Id.ToString(), $"Closed with {unfinished} dialogues unfinished");
        // The drafts are built from the figures just prepared: computing them again would read the same dialogues twice.
        var prepared = await rollups.PrepareAsync(cycle, cancellationToken);
        await summaries.GenerateAsync(cycle, null, prepared.Select(r => (r.UnitId, r.Facts)).ToList(), cancellationToken);
    }
}

using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>
/// Opens a scheduled cycle now (the wheel's job does it on the opening day): every active unit in scope gets its
/// dialogue with its goals and open agreements, and its managers are notified. Opening an open cycle again is a
/// no-op that answers the cycle.
/// </summary>
public static class OpenCycle
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

    public sealed class Handler(AppDbContext db, CycleOpener opener, AuditTrail audit, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, CycleDto>
    {
        public async ValueTask<CycleDto> Handle(Command command, CancellationToken cancellationToken)
        {
            // The row lock makes two openings of one cycle queue up; the second then finds it open.
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM dialogue_cycles WHERE id = {command.Id} FOR UPDATE", cancellationToken);
            var cycle = await db.Cycles.FindOrThrowAsync(command.Id, "Cycle", cancellationToken);
            if (cycle.Status != CycleStatus.Open)
            {
                db.ExpectVersion(cycle, command.ExpectedVersion);
                var scopePath = await db.Units.Where(u => u.Id == cycle.ScopeUnitId).Select(u => u.Path).SingleAsync(cancellationToken);
                await CycleRules.EnsureNoOverlapAsync(db, scopePath, cycle.Dates, cycle.Id, cancellationToken);
                var created = await opener.OpenAsync(cycle, clock.Today(), user.DisplayName, cancellationToken);
                audit.Note(nameof(DialogueCycle), cycle.Id.ToString(), $"Opened with {created} dialogues");
            }

            return await db.Cycles.AsNoTracking().Where(c => c.Id == cycle.Id).ProjectToDto(db, clock.Today()).SingleAsync(cancellationToken);
        }
    }
}

using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>Changes a scheduled cycle's name, template or dates (an opened cycle keeps them).</summary>
public static class UpdateCycle
{
    /// <param name="Id">The cycle.</param>
    /// <param name="ExpectedVersion">The version last read (If-Match); null skips the check (If-Match: *).</param>
    /// <param name="Name">The cycle's new name.</param>
    /// <param name="TemplateId">The dialogue template; when null the cycle keeps the template it has (not the default).</param>
    public sealed record Command(
        Guid Id, uint? ExpectedVersion, string Name, Guid? TemplateId, DateOnly? OpensOn, DateOnly? PreparationDueOn, DateOnly? DialoguesFrom,
        DateOnly? DialoguesTo, DateOnly? ClosesOn) : ICommand<CycleDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageCycles;

        ResourceScope IAuthorized.Scope => ResourceScope.UnitOf<DialogueCycle>(Id, "Cycle", nameof(DialogueCycle.ScopeUnitId));

        internal CycleDates Dates => new(OpensOn!.Value, PreparationDueOn!.Value, DialoguesFrom!.Value, DialoguesTo!.Value, ClosesOn!.Value);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText(DialogueCycle.NameMaxLength);
            this.Dates(c => c.OpensOn, c => c.PreparationDueOn, c => c.DialoguesFrom, c => c.DialoguesTo, c => c.ClosesOn);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : ICommandHandler<Command, CycleDto>
    {
        public async ValueTask<CycleDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var cycle = await db.Cycles.FindOrThrowAsync(command.Id, "Cycle", cancellationToken);
            db.ExpectVersion(cycle, command.ExpectedVersion);
            var scopePath = await db.Units.Where(u => u.Id == cycle.ScopeUnitId).Select(u => u.Path).SingleAsync(cancellationToken);
            var template = await CycleRules.TemplateAsync(db, command.TemplateId ?? cycle.TemplateId, nameof(Command.TemplateId), cancellationToken);
            cycle.Reschedule(command.Name, template.Id, command.Dates);
            await CycleRules.EnsureNoOverlapAsync(db, scopePath, command.Dates, cycle.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return await db.Cycles.AsNoTracking().Where(c => c.Id == cycle.Id).ProjectToDto(db, clock.Today()).SingleAsync(cancellationToken);
        }
    }
}

using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>Schedules a cycle by hand (outside the yearly wheel), for a city or an administration.</summary>
public static class CreateCycle
{
    /// <param name="ScopeUnitId">The city or administration (named in the body: missing or unknown is a 400 on this field).</param>
    /// <param name="Name">The cycle's name.</param>
    /// <param name="TemplateId">The dialogue template; the default template when null.</param>
    public sealed record Command(
        Guid? ScopeUnitId, string Name, Guid? TemplateId, DateOnly? OpensOn, DateOnly? PreparationDueOn, DateOnly? DialoguesFrom,
        DateOnly? DialoguesTo, DateOnly? ClosesOn) : ICommand<CycleDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageCycles;

        ResourceScope IAuthorized.Scope => ResourceScope.InBody(ScopeUnitId);

        internal CycleDates Dates => new(OpensOn!.Value, PreparationDueOn!.Value, DialoguesFrom!.Value, DialoguesTo!.Value, ClosesOn!.Value);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ScopeUnitId).NotEmpty();
            RuleFor(c => c.Name).RequiredText(DialogueCycle.NameMaxLength);
            this.Dates(c => c.OpensOn, c => c.PreparationDueOn, c => c.DialoguesFrom, c => c.DialoguesTo, c => c.ClosesOn);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, CycleDto>
    {
        public async ValueTask<CycleDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var scope = await db.Units.FindAsync([command.ScopeUnitId!.Value], cancellationToken)
                ?? throw new ValidationException([new ValidationFailure(nameof(Command.ScopeUnitId), $"No unit with id '{command.ScopeUnitId}' exists.")]);
            CycleRules.EnsureScope(scope);
            scope.EnsureNotClosed(clock.Today());
            var template = await CycleRules.TemplateAsync(db, command.TemplateId, nameof(Command.TemplateId), cancellationToken);
            await CycleRules.EnsureNoOverlapAsync(db, scope.Path, command.Dates, null, cancellationToken);
            var now = clock.GetUtcNow();
            var cycle = DialogueCycle.Schedule(Guid.CreateVersion7(now), scope.Id, command.Name, null, template.Id, command.Dates, now, user.DisplayName);
            db.Cycles.Add(cycle);
            await db.SaveChangesAsync(cancellationToken);
            return await db.Cycles.AsNoTracking().Where(c => c.Id == cycle.Id).ProjectToDto(db, clock.Today()).SingleAsync(cancellationToken);
        }
    }
}

/// <summary>Validation of a cycle's five dates.</summary>
internal static class CycleDateRules
{
    public static void Dates<T>(
        this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, DateOnly?>> opensOn,
        System.Linq.Expressions.Expression<Func<T, DateOnly?>> preparationDueOn, System.Linq.Expressions.Expression<Func<T, DateOnly?>> dialoguesFrom,
        System.Linq.Expressions.Expression<Func<T, DateOnly?>> dialoguesTo, System.Linq.Expressions.Expression<Func<T, DateOnly?>> closesOn)
    {
        var opens = opensOn.Compile();
        var due = preparationDueOn.Compile();
        var from = dialoguesFrom.Compile();
        var to = dialoguesTo.Compile();
        validator.RuleFor(opensOn).NotNull();
        validator.RuleFor(preparationDueOn).NotNull().GreaterThanOrEqualTo(c => opens(c)).When(c => opens(c) is not null)
            .WithMessage("The preparation deadline is on or after the opening day.");
        validator.RuleFor(dialoguesFrom).NotNull().GreaterThanOrEqualTo(c => due(c)).When(c => due(c) is not null)
            .WithMessage("The dialogues start on or after the preparation deadline.");
        validator.RuleFor(dialoguesTo).NotNull().GreaterThanOrEqualTo(c => from(c)).When(c => from(c) is not null)
            .WithMessage("The dialogue window ends on or after it starts.");
        validator.RuleFor(closesOn).NotNull().GreaterThan(c => to(c)).When(c => to(c) is not null)
            .WithMessage("The cycle closes after the dialogue window.")
            .LessThan(c => opens(c)!.Value.AddYears(1)).When(c => opens(c) is not null).WithMessage("A cycle lasts less than a year.");
    }
}

using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Validation;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>
/// Sets the yearly wheel of a city or an administration: the named cycles that recur every year. The wheel's own
/// cycles may not overlap each other; cycles already created from it keep their dates (change them one by one).
/// </summary>
public static class SaveWheel
{
    /// <param name="UnitId">The city or administration (required: missing or all-zero is a 400 on this field; unknown is a 404).</param>
    /// <param name="ExpectedVersion">The version last read (If-Match); null skips the check (If-Match: *).</param>
    /// <param name="Entries">The recurring cycles.</param>
    public sealed record Command(Guid? UnitId, uint? ExpectedVersion, IReadOnlyList<WheelEntry> Entries) : ICommand<WheelDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageWheel;

        // Without a unit there is nothing to look up: the gate only asks whether the caller may set wheels at all, and
        // the validator answers 400 on unitId (instead of a 404 for the all-zero id).
        ResourceScope IAuthorized.Scope => ResourceScope.Named(UnitId, ResourceScope.InBody(null));
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            // NotEmpty alone lets the all-zero id through on a Guid?.
            RuleFor(c => c.UnitId).NotEmpty().NotEqual(Guid.Empty);
            RuleFor(c => c.Entries).NotNull()
                .Must(e => e is null || e.Count <= WheelSchedule.MaxEntries).WithMessage($"A wheel has at most {WheelSchedule.MaxEntries} cycles a year.")
                .Must(e => e is null || e.Where(x => x is not null).Select(x => x.Key).Distinct(StringComparer.Ordinal).Count() == e.Count(x => x is not null))
                .WithMessage("Each cycle of the wheel needs its own key.")
                .Must(NotOverlap).WithMessage("The wheel's cycles overlap: a unit has one dialogue at a time.");
            RuleForEach(c => c.Entries).ChildRules(e =>
            {
                e.RuleFor(x => x).NotNull();
                e.RuleFor(x => x.Key).NotEmpty().MaximumLength(WheelEntry.KeyMaxLength)
                    .Matches("^[a-z0-9][a-z0-9-]*$").WithMessage("A key is lower-case letters a–z, digits and '-', e.g. 'spring'.");
                e.RuleFor(x => x.Name).RequiredText(WheelEntry.NameMaxLength);
                e.RuleFor(x => x.OpensOn).Must(IsDay).WithMessage("Give each date as a day of the year, \"MM-dd\".");
                e.RuleFor(x => x.PreparationDueOn).Must(IsDay).WithMessage("Give each date as a day of the year, \"MM-dd\".");
                e.RuleFor(x => x.DialoguesFrom).Must(IsDay).WithMessage("Give each date as a day of the year, \"MM-dd\".");
                e.RuleFor(x => x.DialoguesTo).Must(IsDay).WithMessage("Give each date as a day of the year, \"MM-dd\".");
                e.RuleFor(x => x.ClosesOn).Must(IsDay).WithMessage("Give each date as a day of the year, \"MM-dd\".")
                    .Must((x, _) => x.DatesIn(2027).ClosesOn < x.DatesIn(2027).OpensOn.AddYears(1)).When(HasDays).WithMessage("A cycle lasts less than a year.");
            });
        }

        private static bool IsDay(MonthDay day) => day.Month is >= 1 and <= 12 && day.Day >= 1 && day.Day <= DateTime.DaysInMonth(2024, day.Month);

        private static bool HasDays(WheelEntry? e) =>
            e is not null && IsDay(e.OpensOn) && IsDay(e.PreparationDueOn) && IsDay(e.DialoguesFrom) && IsDay(e.DialoguesTo) && IsDay(e.ClosesOn);

        private static bool NotOverlap(IReadOnlyList<WheelEntry>? entries)
        {
            if (entries is null || !entries.All(HasDays))
            {
                return true;
            }

            // Within a year, and from one year into the next.
            var windows = entries.SelectMany(e => new[] { e.DatesIn(2027), e.DatesIn(2028) }).ToList();
            return !windows.SelectMany((a, i) => windows.Skip(i + 1).Select(b => (a, b))).Any(p => p.a.Overlaps(p.b));
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user) : ICommandHandler<Command, WheelDto>
    {
        public async ValueTask<WheelDto> Handle(Command command, CancellationToken cancellationToken)
        {
            var unit = await db.Units.FindOrThrowAsync(command.UnitId!.Value, "Unit", cancellationToken);
            CycleRules.EnsureScope(unit);
            foreach (var (entry, i) in command.Entries.Select((e, i) => (e, i)).Where(x => x.e.TemplateId is not null))
            {
                await CycleRules.TemplateAsync(db, entry.TemplateId, $"Entries[{i}].TemplateId", cancellationToken);
            }

            var wheel = await db.WheelSchedules.SingleOrDefaultAsync(w => w.ScopeUnitId == unit.Id, cancellationToken);
            if (wheel is null)
            {
                wheel = WheelSchedule.For(Guid.CreateVersion7(clock.GetUtcNow()), unit.Id);
                db.WheelSchedules.Add(wheel);
            }
            else
            {
                db.ExpectVersion(wheel, command.ExpectedVersion);
            }

            wheel.Replace(command.Entries, clock.GetUtcNow(), user.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return WheelDto.From(unit.Id, unit.Name, wheel, clock.Today().Year);
        }
    }
}

using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>
/// The wheel's daily job, part 1: creates this year's and next year's cycles from every yearly wheel ahead of time
/// (those not yet over), once each: a cycle is known by its scope, year and wheel key. A cycle that would overlap
/// another for the same units is skipped with a warning. Running it again creates nothing.
/// </summary>
public static class MaterialiseCycles
{
    public sealed record Command : ICommand<int>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageWheel;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : FluentValidation.AbstractValidator<Command>;

    public sealed class Handler(AppDbContext db, TimeProvider clock, ICurrentUser user, ILogger<Command> logger) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var now = clock.GetUtcNow();
            var wheels = await (from w in db.WheelSchedules
                                join u in db.Units on w.ScopeUnitId equals u.Id
                                where u.ValidTo == null || u.ValidTo > today
                                select new { Wheel = w, u.Path }).ToListAsync(cancellationToken);
            var defaultTemplate = await db.DialogueTemplates.Where(t => t.IsDefault).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken);
            var created = 0;
            foreach (var (wheel, path) in wheels.Select(w => (w.Wheel, w.Path)))
            {
                foreach (var entry in wheel.Entries)
                {
                    foreach (var year in new[] { today.Year, today.Year + 1 })
                    {
                        var dates = entry.DatesIn(year);
                        if (dates.ClosesOn <= today
                            || await db.Cycles.AnyAsync(c => c.ScopeUnitId == wheel.ScopeUnitId && c.Year == year && c.WheelKey == entry.Key, cancellationToken))
                        {
                            continue;
                        }

                        if (await CycleRules.FindOverlapAsync(db, path, dates, null, cancellationToken) is { } other)
                        {
                            logger.LogWarning(
                                "Wheel cycle {Key} {Year} of {Scope} overlaps cycle {Other} ({OtherId}); not created",
                                entry.Key, year, wheel.ScopeUnitId, other.Name, other.Id);
                            continue;
                        }

                        if ((entry.TemplateId ?? defaultTemplate) is not { } templateId)
                        {
                            logger.LogWarning("Wheel cycle {Key} {Year}: there is no default template; not created", entry.Key, year);
                            continue;
                        }

                        db.Cycles.Add(DialogueCycle.Schedule(
                            Guid.CreateVersion7(now), wheel.ScopeUnitId, $"{entry.Name} {year}", entry.Key, templateId, dates, now, user.DisplayName));
                        await db.SaveChangesAsync(cancellationToken);
                        created++;
                    }
                }
            }

            return created;
        }
    }
}

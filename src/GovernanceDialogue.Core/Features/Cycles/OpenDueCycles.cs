using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>
/// The wheel's daily job, part 2: opens every scheduled cycle whose opening day has come (and whose close date has
/// not). A cycle that cannot open (it overlaps another) is logged and left scheduled. Running it again opens nothing.
/// </summary>
public static class OpenDueCycles
{
    public sealed record Command : ICommand<int>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageCycles;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : FluentValidation.AbstractValidator<Command>;

    public sealed class Handler(AppDbContext db, CycleOpener opener, AuditTrail audit, TimeProvider clock, ICurrentUser user, ILogger<Command> logger)
        : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var due = await (from c in db.Cycles
                             join s in db.Units on c.ScopeUnitId equals s.Id
                             where c.Status == CycleStatus.Scheduled && c.OpensOn <= today && c.ClosesOn > today
                             orderby c.OpensOn
                             select new { Cycle = c, s.Path }).ToListAsync(cancellationToken);
            var opened = 0;
            foreach (var (cycle, path) in due.Select(d => (d.Cycle, d.Path)))
            {
                if (await CycleRules.FindOverlapAsync(db, path, cycle.Dates, cycle.Id, cancellationToken) is { Status: CycleStatus.Open } other)
                {
                    logger.LogWarning("Cycle {Cycle} ({Id}) overlaps the open cycle {Other}; not opened", cycle.Name, cycle.Id, other.Name);
                    continue;
                }

                var created = await opener.OpenAsync(cycle, today, user.DisplayName, cancellationToken);
                audit.Note(nameof(DialogueCycle), cycle.Id.ToString(), $"Opened with {created} dialogues");
                logger.LogInformation("Opened cycle {Cycle} ({Id}) with {Count} dialogues", cycle.Name, cycle.Id, created);
                opened++;
            }

            return opened;
        }
    }
}

using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>
/// The wheel's daily job, last part: closes every open cycle whose close date has come, flags its unfinished
/// dialogues and prepares its figures for the summary. Running it again closes nothing.
/// </summary>
public static class CloseDueCycles
{
    public sealed record Command : ICommand<int>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ManageCycles;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : FluentValidation.AbstractValidator<Command>;

    public sealed class Handler(AppDbContext db, CycleCloser closer, TimeProvider clock, ILogger<Command> logger) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var due = await db.Cycles.Where(c => c.Status == CycleStatus.Open && c.ClosesOn <= today).OrderBy(c => c.ClosesOn).ToListAsync(cancellationToken);
            foreach (var cycle in due)
            {
                await closer.CloseAsync(cycle, cancellationToken);
                logger.LogInformation("Closed cycle {Cycle} ({Id})", cycle.Name, cycle.Id);
            }

            return due.Count;
        }
    }
}

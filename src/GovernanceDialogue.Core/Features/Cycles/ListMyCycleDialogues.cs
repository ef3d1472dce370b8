using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>
/// The caller's own dialogues in a cycle: those of the units they prepare for (a unit manager's unit and the units
/// below it), by unit name. One query, whatever the number of units; empty for anyone who prepares none.
/// </summary>
public static class ListMyCycleDialogues
{
    // Anyone signed in may ask: the answer is filtered to where the caller may prepare dialogues.
    public sealed record Query(Guid CycleId) : IQuery<IReadOnlyList<DialogueSummaryDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadOwnAccount;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.CycleId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer) : IQueryHandler<Query, IReadOnlyList<DialogueSummaryDto>>
    {
        public async ValueTask<IReadOnlyList<DialogueSummaryDto>> Handle(Query query, CancellationToken cancellationToken)
        {
            var patterns = Subtrees.Patterns(authorizer.Subtrees(Permission.PrepareDialogue));
            if (patterns is [])
            {
                return [];
            }

            var dialogues = from d in db.Dialogues.AsNoTracking()
                            join u in db.Units on d.UnitId equals u.Id
                            join p in db.Units on u.ParentId equals p.Id into parents
                            from p in parents.DefaultIfEmpty()
                            where d.CycleId == query.CycleId
                            select new { d, u, ParentName = p == null ? null : p.Name };
            if (patterns is not null)
            {
                dialogues = dialogues.Where(x => patterns.Any(pattern => EF.Functions.Like(x.u.Path, pattern)));
            }

            return await dialogues.OrderBy(x => x.u.Name).ThenBy(x => x.u.ShortCode)
                .Select(x => new DialogueSummaryDto(
                    x.d.Id, x.d.CycleId, x.u.Id, x.u.Name, x.u.ShortCode, x.ParentName, x.d.Status, x.d.OverdueSince, x.d.SubmittedAt, x.d.HeldOn,
                    x.d.UnfinishedAtCycleClose))
                .ToListAsync(cancellationToken);
        }
    }
}

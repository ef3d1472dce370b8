using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Dialogues;

/// <summary>A unit's dialogue in one cycle, for the unit's history of dialogues.</summary>
public sealed record UnitDialogueDto(Guid Id, Guid CycleId, string CycleName, CycleStatus CycleStatus, DateOnly PreparationDueOn, DialogueStatus Status, DateOnly? OverdueSince, DateOnly? HeldOn);

/// <summary>A unit's dialogues, newest cycle first.</summary>
public static class ListUnitDialogues
{
    public sealed record Query(Guid UnitId) : IQuery<IReadOnlyList<UnitDialogueDto>>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadDialogue;

        ResourceScope IAuthorized.Scope => ResourceScope.Units(UnitId);
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, IReadOnlyList<UnitDialogueDto>>
    {
        public async ValueTask<IReadOnlyList<UnitDialogueDto>> Handle(Query query, CancellationToken cancellationToken) =>
            await (from d in db.Dialogues.AsNoTracking()
                   join c in db.Cycles on d.CycleId equals c.Id
                   where d.UnitId == query.UnitId
                   orderby c.OpensOn descending
                   select new UnitDialogueDto(d.Id, c.Id, c.Name, c.Status, c.PreparationDueOn, d.Status, d.OverdueSince, d.HeldOn)).ToListAsync(cancellationToken);
    }
}

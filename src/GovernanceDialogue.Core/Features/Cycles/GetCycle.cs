using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Cycles;

/// <summary>One cycle: its scope, dates, template and where it is.</summary>
public static class GetCycle
{
    public sealed record Query(Guid Id) : IQuery<CycleDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadCycles;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, CycleDto>
    {
        public async ValueTask<CycleDto> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Cycles.AsNoTracking().Where(c => c.Id == query.Id).ProjectToDto(db, clock.Today()).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Cycle", query.Id);
    }
}

using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Public;

/// <summary>
/// One open unit's current published mission with the units above it, for the open data. Never the draft, whoever
/// asks; 404 when the unit is closed or has published nothing. One statement.
/// </summary>
public static class GetPublicMission
{
    public sealed record Query(Guid UnitId) : IQuery<PublicMissionDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedMission;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, PublicMissionDto>
    {
        public async ValueTask<PublicMissionDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var missions = await PublicMissionRows.QueryAsync(db, clock, null, null, query.UnitId, cancellationToken);
            return await missions.SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Published mission of unit", query.UnitId);
        }
    }
}

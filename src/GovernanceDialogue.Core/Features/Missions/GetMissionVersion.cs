using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Missions;

/// <summary>One published version of a unit's mission, by number.</summary>
public static class GetMissionVersion
{
    public sealed record Query(Guid UnitId, int Number) : IQuery<MissionVersionDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedMission;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.UnitId).NotEmpty();
            RuleFor(q => q.Number).GreaterThanOrEqualTo(1);
        }
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, MissionVersionDto>
    {
        public async ValueTask<MissionVersionDto> Handle(Query query, CancellationToken cancellationToken) =>
            await db.MissionVersions.AsNoTracking()
                .Where(v => v.UnitId == query.UnitId && v.Number == query.Number)
                .ProjectToDto()
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Mission version", $"{query.UnitId}/{query.Number}");
    }
}

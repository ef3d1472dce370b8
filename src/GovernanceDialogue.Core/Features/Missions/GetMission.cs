using FluentValidation;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Missions;

/// <summary>A unit's mission: draft and latest published version.</summary>
public static class GetMission
{
    public sealed record Query(Guid UnitId) : IQuery<MissionDto>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.UnitId).NotEmpty();
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, MissionDto>
    {
        public async ValueTask<MissionDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var row = await db.Missions.AsNoTracking()
                .Where(m => m.UnitId == query.UnitId)
                .Select(m => new
                {
                    Mission = m,
                    Published = db.MissionVersions.FirstOrDefault(v => v.UnitId == m.UnitId && v.Number == m.PublishedVersionNumber),
                })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Unit", query.UnitId);

            return new MissionDto(
                row.Mission.UnitId, MissionMapper.DraftOf(row.Mission), row.Mission.HasUnpublishedChanges,
                row.Published?.ToDto(), row.Mission.Version);
        }
    }
}

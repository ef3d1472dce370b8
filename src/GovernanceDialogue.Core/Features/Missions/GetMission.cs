using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Missions;

/// <summary>A unit's mission: draft and latest published version.</summary>
public static class GetMission
{
    public sealed record Query(Guid UnitId) : IQuery<MissionDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadPublishedMission;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.UnitId).NotEmpty();
    }

    /// <summary>Everyone reads the published version; the draft only those who may read drafts of this unit.</summary>
    public sealed class Handler(AppDbContext db, Authorizer authorizer) : IQueryHandler<Query, MissionDto>
    {
        public async ValueTask<MissionDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var row = await db.Missions.AsNoTracking()
                .Where(m => m.UnitId == query.UnitId)
                .Select(m => new
                {
                    Mission = m,
                    UnitPath = db.Units.Where(u => u.Id == m.UnitId).Select(u => u.Path).Single(),
                    Published = db.MissionVersions.FirstOrDefault(v => v.UnitId == m.UnitId && v.Number == m.PublishedVersionNumber),
                })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Unit", query.UnitId);

            var showDraft = authorizer.Can(Permission.ReadMissionDraft, row.UnitPath);
            return new MissionDto(
                row.Mission.UnitId,
                showDraft ? MissionMapper.DraftOf(row.Mission) : null,
                showDraft && row.Mission.HasUnpublishedChanges,
                row.Published?.ToDto(),
                row.Mission.Version);
        }
    }
}

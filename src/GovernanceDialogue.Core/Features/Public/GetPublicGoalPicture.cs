using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Public;

/// <summary>
/// The current published goal picture of a city or administration (the default city's when none is named), for the
/// open data. The same for every caller, so it may be cached publicly: drafts and adopted-but-unpublished pictures
/// never show here, whoever asks.
/// </summary>
public static class GetPublicGoalPicture
{
    /// <param name="UnitId">The city or administration; the default city (the oldest open one) when null.</param>
    public sealed record Query(Guid? UnitId = null) : IQuery<PublicGoalPictureDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadGoalPictures;

        ResourceScope IAuthorized.Scope => ResourceScope.Global;
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, PublicGoalPictureDto>
    {
        public async ValueTask<PublicGoalPictureDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = clock.Today();
            var openUnits = db.Units.Where(u => u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo > today));
            // One query: the scope (named, or the default city) joined to its current picture, if that one is published.
            var scope = query.UnitId is { } unitId
                ? openUnits.Where(u => u.Id == unitId)
                : db.Units.OpenCitiesOldestFirst(today).Take(1);
            return await (from u in scope
                          join g in db.GoalPictures.AsNoTracking() on u.Id equals g.UnitId
                          where g.Status == GoalPictureStatus.Published
                          select new PublicGoalPictureDto(
                              g.Id, u.Id, u.Name, g.Number, g.Vision, g.Narrative,
                              g.Themes.OrderBy(t => t.Position).Select(t => new PublicThemeDto(t.Id, t.Position, t.Name, t.Description, t.CityThemeId)).ToList(),
                              g.DecisionDate, g.DecisionReference, g.PublishedAt!.Value))
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Published goal picture", query.UnitId?.ToString() ?? "of the city");
        }
    }
}

using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Awards;

/// <summary>A city's failures of the year through the years, newest first.</summary>
public sealed record FailureOfTheYearWinnersDto(Guid CityId, string CityName, IReadOnlyList<AwardWinnerDto> Winners);

/// <summary>
/// Every year's winner of a city's Årets misslyckande that the caller may read: anyone sees the winners whose lessons
/// are public, people in the organisation also those shared with it.
/// </summary>
public static class ListFailureOfTheYearWinners
{
    public sealed record Query(Guid? CityId = null) : IQuery<FailureOfTheYearWinnersDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadLessons;

        ResourceScope IAuthorized.Scope => ResourceScope.Named(CityId, ResourceScope.FirstCity);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        // The scope lets the all-zero id through (it names no unit), so without this the handler would not find it.
        public Validator() => RuleFor(q => q.CityId).NotEqual(Guid.Empty).WithMessage("Give a city's id, or none for the oldest open city.");
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, FailureOfTheYearWinnersDto>
    {
        public async ValueTask<FailureOfTheYearWinnersDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var (cityId, cityName) = await AwardCity.FindAsync(db, query.CityId, clock, cancellationToken);
            var visible = db.Lessons.VisibleTo(db, authorizer, user).Select(l => l.Id);
            var winners = await db.FailureAwards.AsNoTracking().Where(a => a.CityId == cityId && visible.Contains(a.LessonId))
                .ToWinners(db).ToListAsync(cancellationToken);
            return new FailureOfTheYearWinnersDto(cityId, cityName, winners);
        }
    }
}

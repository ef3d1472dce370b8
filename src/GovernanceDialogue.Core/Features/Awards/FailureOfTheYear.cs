using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Audit;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.Awards;

/// <summary>A nomination as the caller may see it.</summary>
public sealed record NominationDto(
    Guid Id, Guid LessonId, string LessonTitle, Guid UnitId, string UnitName, string NominatedBy, string Motivation, DateTimeOffset NominatedAt,
    bool Shortlisted, DateTimeOffset? ShortlistedAt);

/// <summary>The winner of a city's failure of the year.</summary>
public sealed record AwardWinnerDto(Guid LessonId, string LessonTitle, Guid UnitId, string UnitName, Guid NominationId, DateTimeOffset DecidedAt, string DecidedBy);

/// <summary>A city's failure of the year: the nominations and shortlist the caller may see, and the winner.</summary>
public sealed record FailureOfTheYearDto(Guid CityId, string CityName, int Year, IReadOnlyList<NominationDto> Nominations, IReadOnlyList<NominationDto> Shortlist, AwardWinnerDto? Winner);

/// <summary>
/// Årets misslyckande for a city and year. Anyone sees the winner when its lesson is public; signed-in people see the
/// nominations of the lessons they may read; drafts never appear (only shared lessons can be nominated).
/// </summary>
public static class GetFailureOfTheYear
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public sealed record Query(int Year, Guid? CityId = null) : IQuery<FailureOfTheYearDto>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadLessons;

        ResourceScope IAuthorized.Scope => ResourceScope.Named(CityId, ResourceScope.FirstCity);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Year).InclusiveBetween(MinYear, MaxYear);
            // The scope lets the all-zero id through (it names no unit), so without this the handler would not find it.
            RuleFor(q => q.CityId).NotEqual(Guid.Empty).WithMessage("Give a city's id, or none for the oldest open city.");
        }
    }

    public sealed class Handler(AppDbContext db, Authorizer authorizer, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, FailureOfTheYearDto>
    {
        public async ValueTask<FailureOfTheYearDto> Handle(Query query, CancellationToken cancellationToken)
        {
            var city = query.CityId is { } id
                ? await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Id, u.Name, u.Path }).SingleAsync(cancellationToken)
                : await db.Units.AsNoTracking().OpenCitiesOldestFirst(clock.Today()).Select(u => new { u.Id, u.Name, u.Path }).FirstAsync(cancellationToken);
            var cityId = LessonProjection.CityOf(city.Path);
            var visible = db.Lessons.VisibleTo(db, authorizer, user).Select(l => l.Id);
            var nominations = user.Kind == ActorKind.Anonymous
                ? []
                : await (
                    from n in db.FailureNominations.AsNoTracking()
                    where n.CityId == cityId && n.Year == query.Year && visible.Contains(n.LessonId)
                    join l in db.Lessons on n.LessonId equals l.Id
                    join u in db.Units on l.UnitId equals u.Id
                    orderby n.NominatedAt
                    select new NominationDto(n.Id, l.Id, l.Title, u.Id, u.Name, n.NominatedBy, n.Motivation, n.NominatedAt, n.Shortlisted, n.ShortlistedAt))
                .ToListAsync(cancellationToken);
            var winner = await (
                    from a in db.FailureAwards.AsNoTracking()
                    where a.CityId == cityId && a.Year == query.Year && visible.Contains(a.LessonId)
                    join l in db.Lessons on a.LessonId equals l.Id
                    join u in db.Units on l.UnitId equals u.Id
                    select new AwardWinnerDto(l.Id, l.Title, u.Id, u.Name, a.NominationId, a.DecidedAt, a.DecidedBy))
                .SingleOrDefaultAsync(cancellationToken);
            var cityName = cityId == city.Id ? city.Name : await db.Units.Where(u => u.Id == cityId).Select(u => u.Name).SingleAsync(cancellationToken);
            return new FailureOfTheYearDto(cityId, cityName, query.Year, nominations, nominations.Where(n => n.Shortlisted).ToList(), winner);
        }
    }
}

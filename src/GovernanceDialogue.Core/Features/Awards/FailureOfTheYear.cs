using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Audit;
using GovernanceDialogue.Core.Domain.Lessons;
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
public sealed record AwardWinnerDto(int Year, Guid LessonId, string LessonTitle, Guid UnitId, string UnitName, Guid NominationId, DateTimeOffset DecidedAt, string DecidedBy);

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
            var (cityId, cityName) = await AwardCity.FindAsync(db, query.CityId, clock, cancellationToken);
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
            var winner = await db.FailureAwards.AsNoTracking().Where(a => a.CityId == cityId && a.Year == query.Year && visible.Contains(a.LessonId))
                .ToWinners(db).SingleOrDefaultAsync(cancellationToken);
            return new FailureOfTheYearDto(cityId, cityName, query.Year, nominations, nominations.Where(n => n.Shortlisted).ToList(), winner);
        }
    }
}

/// <summary>The city an award belongs to, and how a winner reads.</summary>
internal static class AwardCity
{
    /// <summary>The city of the given unit (a city, or a unit in one), or the oldest open city when none is given.</summary>
    public static async Task<(Guid Id, string Name)> FindAsync(AppDbContext db, Guid? unitId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var path = unitId is { } id
            ? await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Path).SingleAsync(cancellationToken)
            : await db.Units.AsNoTracking().OpenCitiesOldestFirst(clock.Today()).Select(u => u.Path).FirstAsync(cancellationToken);
        var cityId = LessonProjection.CityOf(path);
        return (cityId, await db.Units.Where(u => u.Id == cityId).Select(u => u.Name).SingleAsync(cancellationToken));
    }

    /// <summary>The awards as winners, the newest year first.</summary>
    public static IQueryable<AwardWinnerDto> ToWinners(this IQueryable<FailureAward> awards, AppDbContext db) =>
        from a in awards
        join l in db.Lessons on a.LessonId equals l.Id
        join u in db.Units on l.UnitId equals u.Id
        orderby a.Year descending
        select new AwardWinnerDto(a.Year, l.Id, l.Title, u.Id, u.Name, a.NominationId, a.DecidedAt, a.DecidedBy);
}

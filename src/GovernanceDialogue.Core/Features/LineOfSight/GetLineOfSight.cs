using FluentValidation;
using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.LineOfSight;

/// <summary>
/// Line of sight (den röda tråden): from each theme of the city's goal picture down to the administrations' goals and
/// the units' goals that serve it — directly or through an administration theme linked to it — with the units that
/// have no goal under the theme, and the goals that serve no theme. A handful of queries, whatever the city's size.
/// </summary>
public static class GetLineOfSight
{
    /// <param name="RootId">The city, or an administration to see only its part (default: the city).</param>
    /// <param name="Period">The goals' period (default: this year).</param>
    public sealed record Query(Guid? RootId, int? Period) : IQuery<Response>, IAuthorized
    {
        Permission IAuthorized.Permission => Permission.ReadGoals;

        ResourceScope IAuthorized.Scope => ResourceScope.Named(RootId, ResourceScope.FirstCity);
    }

    public sealed record Response(UnitRef Root, int Period, GoalPictureRef? GoalPicture, IReadOnlyList<ThemeLine> Themes, IReadOnlyList<GoalRef> GoalsWithoutTheme);

    public sealed record GoalPictureRef(Guid Id, string Vision, int Number, GoalPictureStatus Status);

    public sealed record ThemeLine(ThemeDto Theme, IReadOnlyList<AdministrationLine> Administrations);

    /// <summary>An administration under a theme: its own goals, its units' goals, and its units without a goal here.</summary>
    public sealed record AdministrationLine(UnitRef Administration, IReadOnlyList<GoalRef> Goals, IReadOnlyList<UnitLine> Units, IReadOnlyList<UnitRef> UnitsWithoutGoal);

    public sealed record UnitLine(UnitRef Unit, IReadOnlyList<GoalRef> Goals);

    public sealed record GoalRef(Guid Id, Guid UnitId, string Title, int? Rank, GoalStatus Status);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.RootId).NotEqual(Guid.Empty).WithMessage("Give a unit's id, or none for the city's line of sight.").OverridePropertyName("UnitId");
            RuleFor(q => q.Period).InclusiveBetween(Domain.Analyses.CurrentStateAnalysis.MinPeriod, Domain.Analyses.CurrentStateAnalysis.MaxPeriod);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : IQueryHandler<Query, Response>
    {
        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            var period = query.Period ?? clock.Today().Year;
            var today = clock.Today();
            var root = query.RootId is { } id
                ? await db.Units.AsNoTracking().SingleAsync(u => u.Id == id, cancellationToken)
                : await db.Units.AsNoTracking().OpenCitiesOldestFirst(today).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("City", "(none)");
            if (root.Kind == UnitKind.Unit)
            {
                throw new DomainRuleException(DomainRules.GoalPictureScope, "The line of sight starts at the city or an administration.");
            }

            var cityId = Guid.Parse(root.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0]);
            // Only open units count. A root that is closed, or not open yet, has nothing open below it that counts: its
            // line of sight is the city's themes with no administrations and no goals (a valid, empty answer).
            var rootOpen = root.IsActiveOn(today);
            var units = await db.Units.AsNoTracking()
                .Where(u => rootOpen && u.Path.StartsWith(root.Path) && u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo > today))
                .Select(u => new { u.Id, u.Kind, u.Name, u.ShortCode, u.Path })
                .ToListAsync(cancellationToken);
            var unitIds = units.Select(u => u.Id).ToList();
            var current = await db.GoalPictures.AsNoTracking()
                .Where(g => (g.UnitId == cityId || unitIds.Contains(g.UnitId)) && (g.Status == GoalPictureStatus.Adopted || g.Status == GoalPictureStatus.Published))
                .Select(g => new { g.Id, g.UnitId, g.Vision, g.Number, g.Status, Themes = g.Themes.OrderBy(t => t.Position).ToList() })
                .ToListAsync(cancellationToken);
            var goals = await db.Goals.AsNoTracking()
                .Where(g => unitIds.Contains(g.UnitId) && g.Period == period && g.Status != GoalStatus.Dropped)
                .OrderBy(g => g.Rank)
                .Select(g => new { g.Id, g.UnitId, g.Title, g.Rank, g.Status, g.ThemeIds })
                .ToListAsync(cancellationToken);

            var city = current.SingleOrDefault(g => g.UnitId == cityId);
            var cityThemes = city?.Themes ?? [];
            // Every theme id mapped to the city theme it serves (a city theme serves itself).
            var serves = cityThemes.ToDictionary(t => t.Id, t => t.Id);
            foreach (var theme in current.Where(g => g.UnitId != cityId).SelectMany(g => g.Themes).Where(t => t.CityThemeId is not null))
            {
                serves[theme.Id] = theme.CityThemeId!.Value;
            }

            var byId = units.ToDictionary(u => u.Id);
            UnitRef Ref(Guid unitId) => byId[unitId] is var u ? new UnitRef(u.Id, u.Kind, u.Name, u.ShortCode) : default!;
            Guid? AdministrationOf(Guid unitId) =>
                byId[unitId].Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)
                    .Where(a => byId.TryGetValue(a, out var x) && x.Kind == UnitKind.Administration).Cast<Guid?>().FirstOrDefault();

            // Grouped once, so that the answer costs units + goals per theme, not units × goals (2,000 units and 10,000
            // goals took over a second of CPU per request when every unit searched all goals and every administration
            // all units).
            var administrations = units.Where(u => u.Kind == UnitKind.Administration).OrderBy(u => u.Name).ToList();
            var unitsUnder = units.Where(u => u.Kind == UnitKind.Unit).OrderBy(u => u.Name).ToLookup(u => AdministrationOf(u.Id));
            var themes = cityThemes.Select(theme =>
            {
                var serving = goals.Where(g => g.ThemeIds.Any(t => serves.TryGetValue(t, out var c) && c == theme.Id))
                    .ToLookup(g => g.UnitId, g => new GoalRef(g.Id, g.UnitId, g.Title, g.Rank, g.Status));
                var lines = administrations.Select(a =>
                {
                    var below = unitsUnder[a.Id].Select(u => new UnitLine(Ref(u.Id), serving[u.Id].ToList())).ToList();
                    return new AdministrationLine(Ref(a.Id), serving[a.Id].ToList(), below.Where(l => l.Goals.Count > 0).ToList(), below.Where(l => l.Goals.Count == 0).Select(l => l.Unit).ToList());
                }).ToList();
                return new ThemeLine(new ThemeDto(theme.Id, theme.Name, theme.Description, theme.CityThemeId, theme.Position), lines);
            }).ToList();

            var withoutTheme = goals.Where(g => !g.ThemeIds.Any(serves.ContainsKey))
                .Select(g => new GoalRef(g.Id, g.UnitId, g.Title, g.Rank, g.Status)).ToList();
            return new Response(
                new UnitRef(root.Id, root.Kind, root.Name, root.ShortCode), period, city is null ? null : new GoalPictureRef(city.Id, city.Vision, city.Number, city.Status), themes, withoutTheme);
        }
    }
}

using FluentValidation;
using FluentValidation.Results;
using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.Core.Features.GoalPictures;

/// <summary>The themes a unit's work can serve: those of the current goal pictures of its city and administrations above it.</summary>
public static class ThemeCatalog
{
    /// <summary>Themes of the current goal pictures along the unit's path (its own, too, if it has one), one query.</summary>
    public static async Task<List<ThemeDto>> CurrentThemesAboveAsync(this AppDbContext db, string unitPath, CancellationToken cancellationToken) =>
        await db.CurrentPicturesAbove(unitPath)
            .SelectMany(g => g.Themes.Select(t => new ThemeDto(t.Id, t.Name, t.Description, t.CityThemeId, t.Position)))
            .ToListAsync(cancellationToken);

    /// <summary>The current (adopted or published) goal pictures along the unit's path, as a query to compose.</summary>
    internal static IQueryable<GoalPicture> CurrentPicturesAbove(this AppDbContext db, string unitPath)
    {
        var line = UnitLine.Ids(unitPath);
        return db.GoalPictures.AsNoTracking()
            .Where(g => line.Contains(g.UnitId) && (g.Status == GoalPictureStatus.Adopted || g.Status == GoalPictureStatus.Published));
    }

    /// <summary>
    /// Checks the themes written for a goal picture: an id must be a theme of the scope's current goal picture (carried
    /// over) or, when a draft is saved again, one of that draft's own themes (<paramref name="draftThemeIds"/>: a theme
    /// that is new in the draft keeps the id it got at the first save); an administration's links must name themes of
    /// the current city goal picture.
    /// </summary>
    internal static async Task CheckThemesAsync(
        AppDbContext db, Guid scopeUnitId, string scopePath, IReadOnlyList<ThemeInput> themes, CancellationToken cancellationToken,
        IEnumerable<Guid>? draftThemeIds = null)
    {
        var current = await db.CurrentPicturesAbove(scopePath)
            .Select(g => new { g.UnitId, Ids = g.Themes.Select(t => t.Id).ToList() })
            .ToListAsync(cancellationToken);
        var own = current.Where(c => c.UnitId == scopeUnitId).SelectMany(c => c.Ids).Concat(draftThemeIds ?? []).ToHashSet();
        var above = current.Where(c => c.UnitId != scopeUnitId).SelectMany(c => c.Ids).ToHashSet();

        var failures = new List<ValidationFailure>();
        for (var i = 0; i < themes.Count; i++)
        {
            if (themes[i].Id is { } id && !own.Contains(id))
            {
                failures.Add(new ValidationFailure($"Themes[{i}].Id", "A theme id must be one of this draft's themes or a theme of this scope's current goal picture (carried over); leave it out for a new theme."));
            }

            if (themes[i].CityThemeId is { } link && !above.Contains(link))
            {
                failures.Add(new ValidationFailure($"Themes[{i}].CityThemeId", "Link to a theme of the city's current goal picture."));
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    internal static IEnumerable<Theme> ToThemes(this IReadOnlyList<ThemeInput> themes, DateTimeOffset now) =>
        themes.Select(t => new Theme(t.Id ?? Guid.CreateVersion7(now), t.Name.Trim(), t.Description.Trim(), t.CityThemeId));
}

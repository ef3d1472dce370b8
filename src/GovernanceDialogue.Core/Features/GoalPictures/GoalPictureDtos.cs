using System.Text.Json.Serialization;
using GovernanceDialogue.Core.Domain.GoalPictures;

namespace GovernanceDialogue.Core.Features.GoalPictures;

/// <summary>A goal picture (målbild) version.</summary>
/// <param name="Id">The version's id.</param>
/// <param name="UnitId">The city or administration it is for.</param>
/// <param name="UnitName">That unit's name.</param>
/// <param name="Number">Version number within the scope.</param>
/// <param name="Status">Draft, Adopted, Published or Superseded.</param>
/// <param name="Vision">The vision in one sentence.</param>
/// <param name="Narrative">The shared picture of the future.</param>
/// <param name="Themes">3–7 themes (fokusområden), in order.</param>
/// <param name="DecisionDate">When it was adopted.</param>
/// <param name="DecisionReference">The decision, e.g. "KF 2026-03-15 § 42".</param>
/// <param name="AdoptedAt">When it was recorded as adopted.</param>
/// <param name="PublishedAt">When it was published for everyone.</param>
/// <param name="Version">Concurrency token, sent as the ETag header.</param>
public sealed record GoalPictureDto(
    Guid Id,
    Guid UnitId,
    string UnitName,
    int Number,
    GoalPictureStatus Status,
    string Vision,
    string Narrative,
    IReadOnlyList<ThemeDto> Themes,
    DateOnly? DecisionDate,
    string? DecisionReference,
    DateTimeOffset? AdoptedAt,
    DateTimeOffset? PublishedAt,
    [property: JsonIgnore] uint Version);

/// <summary>A theme (fokusområde); <paramref name="CityThemeId"/> links an administration's theme to the city theme it serves.</summary>
public sealed record ThemeDto(Guid Id, string Name, string Description, Guid? CityThemeId, int Position);

/// <summary>A theme as written in a create or update: keep the id of a theme carried over from the current version.</summary>
/// <param name="Id">The id of the theme being carried over; omit for a new theme.</param>
/// <param name="Name">Short name, e.g. "Trygg".</param>
/// <param name="Description">What the theme means.</param>
/// <param name="CityThemeId">For an administration's theme: the city theme it serves.</param>
public sealed record ThemeInput(Guid? Id, string Name, string Description, Guid? CityThemeId);

internal static class GoalPictureProjection
{
    public static IQueryable<GoalPictureDto> ProjectToDto(this IQueryable<GoalPicture> pictures, Persistence.AppDbContext db) =>
        pictures.Select(g => new GoalPictureDto(
            g.Id, g.UnitId, db.Units.Where(u => u.Id == g.UnitId).Select(u => u.Name).Single(), g.Number, g.Status, g.Vision, g.Narrative,
            g.Themes.OrderBy(t => t.Position).Select(t => new ThemeDto(t.Id, t.Name, t.Description, t.CityThemeId, t.Position)).ToList(),
            g.DecisionDate, g.DecisionReference, g.AdoptedAt, g.PublishedAt, g.Version));
}

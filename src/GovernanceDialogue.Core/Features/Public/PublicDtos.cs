using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Domain.Summaries;

namespace GovernanceDialogue.Core.Features.Public;

/// <summary>
/// A published goal picture (målbild) as open data: what the council adopted and published, never a draft and never
/// who recorded the adoption or publication.
/// </summary>
/// <param name="Id">The goal picture version's id.</param>
/// <param name="UnitId">The city or administration it is for.</param>
/// <param name="UnitName">That unit's name.</param>
/// <param name="Number">Version number within the scope (1, 2, …).</param>
/// <param name="Vision">The vision in one sentence.</param>
/// <param name="Narrative">The shared picture of the future.</param>
/// <param name="Themes">The themes (fokusområden), in order.</param>
/// <param name="DecisionDate">When it was adopted.</param>
/// <param name="DecisionReference">The decision, e.g. "KF 2026-03-15 § 42".</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record PublicGoalPictureDto(
    Guid Id,
    Guid UnitId,
    string UnitName,
    int Number,
    string Vision,
    string Narrative,
    IReadOnlyList<PublicThemeDto> Themes,
    DateOnly? DecisionDate,
    string? DecisionReference,
    DateTimeOffset PublishedAt);

/// <summary>A theme (fokusområde) of a published goal picture; <paramref name="CityThemeId"/> links an administration's theme to the city theme it serves.</summary>
public sealed record PublicThemeDto(Guid Id, int Position, string Name, string Description, Guid? CityThemeId);

/// <summary>A unit named for context (a parent or ancestor of a unit).</summary>
public sealed record PublicUnitRefDto(Guid Id, string Name);

/// <summary>
/// A unit's current published mission (uppdrag) as open data, with the unit's place in the organisation. Never the
/// draft, never who wrote or published it.
/// </summary>
/// <param name="UnitId">The unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="ShortCode">Its short code.</param>
/// <param name="Kind">City, Administration or Unit.</param>
/// <param name="ParentId">The unit directly above (null for a city).</param>
/// <param name="Ancestors">The units above it, the city first and the parent last.</param>
/// <param name="Number">The published version's number (1, 2, …).</param>
/// <param name="PlainLanguageSummary">The mission in plain language (klarspråk).</param>
/// <param name="AssignmentText">The assignment: what the unit is there to do.</param>
/// <param name="TargetGroups">Who the unit serves.</param>
/// <param name="Basis">The basis: law or council decision.</param>
/// <param name="PublishedAt">When this version was published.</param>
public sealed record PublicMissionDto(
    Guid UnitId,
    string UnitName,
    string ShortCode,
    UnitKind Kind,
    Guid? ParentId,
    IReadOnlyList<PublicUnitRefDto> Ancestors,
    int Number,
    string PlainLanguageSummary,
    string AssignmentText,
    IReadOnlyList<string> TargetGroups,
    string? Basis,
    DateTimeOffset PublishedAt);

/// <summary>
/// A published version of a politicians' summary as open data. Never the draft, never who wrote or published it.
/// </summary>
/// <param name="SummaryId">The summary.</param>
/// <param name="Number">This version's number (1, 2, …).</param>
/// <param name="LatestVersion">The number of the latest published version (newer than <paramref name="Number"/> when an older one was asked for).</param>
/// <param name="CycleId">The dialogue cycle summarised.</param>
/// <param name="CycleName">Its name.</param>
/// <param name="OpensOn">The day the cycle opened.</param>
/// <param name="ClosesOn">The day the cycle closes (or closed).</param>
/// <param name="UnitId">The city or administration summarised.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Facts">The figures, recurring challenges and support asked, the comparison of administrations and the trend, as generated from the dialogues.</param>
/// <param name="Narrative">The executive's narrative.</param>
/// <param name="Highlights">Short highlights.</param>
/// <param name="Quotes">Word-for-word passages of dialogue answers, attributed to units.</param>
/// <param name="PublishedAt">When this version was published.</param>
public sealed record PublicSummaryDto(
    Guid SummaryId,
    int Number,
    int LatestVersion,
    Guid CycleId,
    string CycleName,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    Guid UnitId,
    string UnitName,
    SummaryFacts Facts,
    string Narrative,
    IReadOnlyList<string> Highlights,
    IReadOnlyList<SummaryQuote> Quotes,
    DateTimeOffset PublishedAt);

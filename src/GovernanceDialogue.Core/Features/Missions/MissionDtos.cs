using System.Text.Json.Serialization;
using GovernanceDialogue.Core.Domain.Missions;
using Riok.Mapperly.Abstractions;

namespace GovernanceDialogue.Core.Features.Missions;

/// <summary>A unit's mission: the working draft (for editors) beside the latest published version (for everyone).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Draft">The working draft; null until someone writes one.</param>
/// <param name="HasUnpublishedChanges">True when the draft was edited after the latest publish.</param>
/// <param name="Published">The latest published version; null before the first publish.</param>
/// <param name="Version">Concurrency token of the draft, sent as the ETag header.</param>
public sealed record MissionDto(
    Guid UnitId,
    MissionDraftDto? Draft,
    bool HasUnpublishedChanges,
    MissionVersionDto? Published,
    [property: JsonIgnore] uint Version);

/// <summary>The working draft of a mission.</summary>
public sealed record MissionDraftDto(
    string AssignmentText,
    string PlainLanguageSummary,
    IReadOnlyList<string> TargetGroups,
    string? Basis,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy);

/// <summary>One published, immutable version of a mission.</summary>
public sealed record MissionVersionDto(
    Guid UnitId,
    int Number,
    string AssignmentText,
    string PlainLanguageSummary,
    IReadOnlyList<string> TargetGroups,
    string? Basis,
    DateTimeOffset PublishedAt,
    string PublishedBy);

/// <summary>A line of the mission history.</summary>
public sealed record MissionVersionSummaryDto(int Number, DateTimeOffset PublishedAt, string PublishedBy, string PlainLanguageSummary);

[Mapper]
public static partial class MissionMapper
{
    [MapperIgnoreSource(nameof(MissionVersion.Id))]
    public static partial MissionVersionDto ToDto(this MissionVersion version);

    public static partial IQueryable<MissionVersionDto> ProjectToDto(this IQueryable<MissionVersion> versions);

    public static partial IQueryable<MissionVersionSummaryDto> ProjectToSummary(this IQueryable<MissionVersion> versions);

    [MapperIgnoreSource(nameof(MissionVersion.Id))]
    [MapperIgnoreSource(nameof(MissionVersion.UnitId))]
    [MapperIgnoreSource(nameof(MissionVersion.AssignmentText))]
    [MapperIgnoreSource(nameof(MissionVersion.TargetGroups))]
    [MapperIgnoreSource(nameof(MissionVersion.Basis))]
    private static partial MissionVersionSummaryDto ToSummary(MissionVersion version);

    public static MissionDraftDto? DraftOf(Mission mission) =>
        mission.AssignmentText is null
            ? null
            : new MissionDraftDto(
                mission.AssignmentText, mission.PlainLanguageSummary ?? "", mission.TargetGroups, mission.Basis,
                mission.DraftUpdatedAt, mission.DraftUpdatedBy);
}

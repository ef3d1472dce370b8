using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Missions;

namespace GovernanceDialogue.Core.Features.Records;

/// <summary>The unit a record is about, with the name of the unit above it.</summary>
public sealed record RecordUnitDto(Guid Id, UnitKind Kind, string Name, string ShortCode, string? ParentName);

/// <summary>A goal-picture theme a goal of the record serves, by name.</summary>
public sealed record RecordThemeDto(Guid Id, string Name);

/// <summary>
/// A unit's record of one dialogue cycle (arkivexemplar), as it stood when it was read: the published mission (the
/// current version; null before the first), the analysis and the prioritised goals of the cycle's year
/// (<paramref name="Period"/>), the themes those goals serve, and the dialogue with its agreements and their notes.
/// </summary>
public sealed record UnitRecordDto(
    RecordUnitDto Unit,
    DialogueCycleInfo Cycle,
    int Period,
    MissionVersionDto? Mission,
    AnalysisDto? Analysis,
    IReadOnlyList<GoalDto> Goals,
    IReadOnlyList<RecordThemeDto> Themes,
    DialogueDto Dialogue,
    DateTimeOffset ReadAt);

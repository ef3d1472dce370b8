using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Features.Agreements;

namespace GovernanceDialogue.Core.Features.Dialogues;

public sealed record DialogueCycleInfo(
    Guid Id, string Name, CycleStatus Status, CyclePhase Phase, DateOnly OpensOn, DateOnly PreparationDueOn, DateOnly DialoguesFrom, DateOnly DialoguesTo,
    DateOnly ClosesOn);

public sealed record DialogueUnitInfo(Guid Id, string Name, string ShortCode);

/// <summary>A question of the dialogue's template version with the manager's answer (text questions only).</summary>
public sealed record DialogueQuestionDto(string Key, QuestionKind Kind, string Text, string? TextEnglish, string? Help, string? Answer);

/// <summary>One of the unit's prioritised goals in the dialogue, with its assessment.</summary>
public sealed record DialogueGoalDto(Guid GoalId, string Title, int Rank, Assessment? Assessment, string? Narrative);

/// <summary>An open agreement from an earlier dialogue, to be followed up here, with the manager's note.</summary>
/// <remarks>An agreement was made in a cycle's dialogue (<c>CycleName</c>) or in a collaboration (<c>CollaborationName</c>).</remarks>
public sealed record DialogueFollowUpDto(
    Guid AgreementId, string Description, AgreementSide Side, string Responsible, DateOnly DueOn, AgreementStatus Status, string? CycleName, string? CollaborationName,
    string? Note);

/// <summary>What the caller may do with the dialogue now.</summary>
public sealed record DialogueCapabilities(bool Prepare, bool Lead, bool EditAgreements);

/// <summary>
/// A dialogue with everything the preparation form and the meeting record show: the template's questions with the
/// answers, the goals with their assessments, the agreements to follow up, the meeting, and the agreements made.
/// </summary>
public sealed record DialogueDto(
    Guid Id, DialogueCycleInfo Cycle, DialogueUnitInfo Unit, DialogueStatus Status, Guid TemplateId, string TemplateName, int TemplateVersion,
    IReadOnlyList<DialogueQuestionDto> Questions, IReadOnlyList<DialogueGoalDto> Goals, IReadOnlyList<DialogueFollowUpDto> FollowUps,
    IReadOnlyList<AgreementDto> Agreements, DateTimeOffset? NotesUpdatedAt, string? NotesUpdatedBy, DateTimeOffset? SubmittedAt, string? SubmittedBy,
    DateOnly? OverdueSince, DateOnly? HeldOn, IReadOnlyList<string> Participants, string? LeadershipResponse, DateTimeOffset? HeldAt, string? HeldBy,
    DateTimeOffset? ClosedAt, string? ClosedBy, bool UnfinishedAtCycleClose, int ReopenCount, string? LastReopenReason, DialogueCapabilities Can)
{
    /// <summary>The active collaborations (samverkan) the unit takes part in, with their step on Glasbergen's ladder.</summary>
    public IReadOnlyList<Collaborations.CollaborationSummaryDto> Collaborations { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public uint Version { get; init; }
}

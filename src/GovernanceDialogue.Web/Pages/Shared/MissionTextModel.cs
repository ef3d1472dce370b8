using GovernanceDialogue.Core.Features.Missions;

namespace GovernanceDialogue.Web.Pages.Shared;

/// <summary>The readable text of a mission, published or draft, for the shared <c>_MissionText</c> partial.</summary>
public sealed record MissionTextModel(string AssignmentText, string PlainLanguageSummary, IReadOnlyList<string> TargetGroups, string? Basis)
{
    public static MissionTextModel From(MissionVersionDto version) =>
        new(version.AssignmentText, version.PlainLanguageSummary, version.TargetGroups, version.Basis);

    public static MissionTextModel From(MissionDraftDto draft) =>
        new(draft.AssignmentText, draft.PlainLanguageSummary, draft.TargetGroups, draft.Basis);
}

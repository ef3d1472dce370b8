namespace GovernanceDialogue.Core.Domain.Webhooks;

/// <summary>The events a webhook subscription can ask for (the <c>type</c> of a delivered event). Never rename one.</summary>
public static class WebhookEventTypes
{
    public const string MissionPublished = "mission.published";
    public const string GoalPictureAdopted = "goal-picture.adopted";
    public const string CycleOpened = "cycle.opened";
    public const string CycleClosed = "cycle.closed";
    public const string DialogueSubmitted = "dialogue.submitted";
    public const string DialogueHeld = "dialogue.held";
    public const string AgreementCreated = "agreement.created";
    public const string AgreementUpdated = "agreement.updated";
    public const string SummaryPublished = "summary.published";
    public const string LessonShared = "lesson.shared";

    public static IReadOnlyList<string> All { get; } =
    [
        MissionPublished, GoalPictureAdopted, CycleOpened, CycleClosed, DialogueSubmitted, DialogueHeld, AgreementCreated,
        AgreementUpdated, SummaryPublished, LessonShared,
    ];
}

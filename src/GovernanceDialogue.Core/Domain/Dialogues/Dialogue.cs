using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Domain.Dialogues;

/// <summary>Where a dialogue is: the manager prepares, submits; leadership holds the meeting; then it is closed.</summary>
public enum DialogueStatus
{
    Preparing,
    Submitted,
    Held,
    Closed,
}

/// <summary>How a prioritised goal is going, in the manager's judgement.</summary>
public enum Assessment
{
    OnTrack,
    Uncertain,
    OffTrack,
}

/// <summary>A written answer to one of the template's text questions.</summary>
public sealed record DialogueAnswer(string Key, string Text)
{
    public const int TextMaxLength = 8000;
}

/// <summary>One of the unit's prioritised goals as the dialogue took it up, with the manager's assessment.</summary>
public sealed class DialogueGoal
{
    public const int NarrativeMaxLength = 4000;

    private DialogueGoal()
    {
    }

    public Guid GoalId { get; private set; }

    /// <summary>The goal's title when the cycle opened (the goal itself may change later).</summary>
    public string Title { get; private set; } = "";

    public int Rank { get; private set; }

    public Assessment? Assessment { get; internal set; }

    public string? Narrative { get; internal set; }
}

/// <summary>An open agreement from an earlier dialogue, carried into this one to be followed up.</summary>
public sealed class DialogueFollowUp
{
    public const int NoteMaxLength = 4000;

    private DialogueFollowUp()
    {
    }

    public Guid AgreementId { get; private set; }

    public string? Note { get; internal set; }
}

/// <summary>
/// Verksamhetsdialog — one unit's operational dialogue in a cycle. The unit manager prepares notes (the template's
/// questions, an assessment of every prioritised goal, a word on each earlier agreement) and submits them; the
/// leadership holds the meeting, writes its response and records the agreements that bind both sides; then the
/// dialogue is closed. The notes belong to the manager and their leadership: nobody else reads them.
/// </summary>
public sealed class Dialogue
{
    public const int ResponseMaxLength = 8000;
    public const int ParticipantMaxLength = 200;
    public const int MaxParticipants = 30;
    public const int ReasonMaxLength = 1000;

    private Dialogue()
    {
    }

    public Guid Id { get; private set; }

    public Guid CycleId { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid TemplateVersionId { get; private set; }

    public DialogueStatus Status { get; private set; }

    public List<DialogueAnswer> Answers { get; private set; } = [];

    public List<DialogueGoal> Goals { get; private set; } = [];

    public List<DialogueFollowUp> FollowUps { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? NotesUpdatedAt { get; private set; }

    public string? NotesUpdatedBy { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? SubmittedBy { get; private set; }

    /// <summary>Set once, the day after the preparation deadline, when the notes were not yet submitted.</summary>
    public DateOnly? OverdueSince { get; private set; }

    public DateOnly? HeldOn { get; private set; }

    public List<string> Participants { get; private set; } = [];

    public string? LeadershipResponse { get; private set; }

    public DateTimeOffset? HeldAt { get; private set; }

    public string? HeldBy { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    /// <summary>The cycle closed while this dialogue was not yet closed.</summary>
    public bool UnfinishedAtCycleClose { get; private set; }

    public int ReopenCount { get; private set; }

    public string? LastReopenReason { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Saves the manager's draft notes; only while preparing. Keys and ids are checked by the caller against the template and the attached goals.</summary>
    public void SaveNotes(
        IReadOnlyList<DialogueAnswer> answers, IReadOnlyDictionary<Guid, (Assessment? Assessment, string? Narrative)> goals,
        IReadOnlyDictionary<Guid, string?> followUps, DateTimeOffset now, string by)
    {
        EnsureStatus(DialogueStatus.Preparing, "Only a dialogue being prepared takes notes.");
        Answers = answers.Where(a => !string.IsNullOrWhiteSpace(a.Text)).Select(a => a with { Text = a.Text.Trim() }).ToList();
        foreach (var goal in Goals)
        {
            var (assessment, narrative) = goals.TryGetValue(goal.GoalId, out var value) ? value : (null, null);
            goal.Assessment = assessment;
            goal.Narrative = string.IsNullOrWhiteSpace(narrative) ? null : narrative.Trim();
        }

        foreach (var followUp in FollowUps)
        {
            followUp.Note = followUps.TryGetValue(followUp.AgreementId, out var note) && !string.IsNullOrWhiteSpace(note) ? note.Trim() : null;
        }

        NotesUpdatedAt = now;
        NotesUpdatedBy = by;
    }

    /// <summary>The goals still without an assessment: submitting needs none.</summary>
    public IReadOnlyList<DialogueGoal> UnassessedGoals => Goals.Where(g => g.Assessment is null).OrderBy(g => g.Rank).ToList();

    public void Submit(DateTimeOffset now, string by)
    {
        EnsureStatus(DialogueStatus.Preparing, "Only a dialogue being prepared can be submitted.");
        if (UnassessedGoals.Count > 0)
        {
            throw new InvalidOperationException("Every goal needs an assessment before submitting; the handler checks this first.");
        }

        Status = DialogueStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
    }

    /// <summary>Records the meeting: when, who took part, and the leadership's written response.</summary>
    public void RecordHeld(DateOnly heldOn, IReadOnlyList<string> participants, string leadershipResponse, DateTimeOffset now, string by)
    {
        if (Status != DialogueStatus.Submitted)
        {
            throw new DomainRuleException(
                DomainRules.DialogueNotSubmitted, $"The dialogue is {Status}; the meeting is recorded for a dialogue whose notes were submitted.");
        }

        Status = DialogueStatus.Held;
        HeldOn = heldOn;
        Participants = participants.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        LeadershipResponse = leadershipResponse.Trim();
        HeldAt = now;
        HeldBy = by;
    }

    public void Close(DateTimeOffset now, string by)
    {
        EnsureStatus(DialogueStatus.Held, "Only a held dialogue can be closed.");
        Status = DialogueStatus.Closed;
        ClosedAt = now;
        ClosedBy = by;
    }

    /// <summary>Moves the dialogue one step back (submitted → preparing, held → submitted, closed → held), with a reason.</summary>
    public void Reopen(string reason)
    {
        Status = Status switch
        {
            DialogueStatus.Submitted => DialogueStatus.Preparing,
            DialogueStatus.Held => DialogueStatus.Submitted,
            DialogueStatus.Closed => DialogueStatus.Held,
            _ => throw new DomainRuleException(DomainRules.DialogueStatus, "A dialogue being prepared is already open."),
        };
        ReopenCount++;
        LastReopenReason = reason.Trim();
        if (Status == DialogueStatus.Preparing)
        {
            SubmittedAt = null;
            SubmittedBy = null;
        }
    }

    public void EnsureAcceptsAgreements()
    {
        EnsureStatus(DialogueStatus.Held, "Agreements are recorded at the meeting: record the dialogue as held first.");
    }

    private void EnsureStatus(DialogueStatus expected, string message)
    {
        if (Status != expected)
        {
            throw new DomainRuleException(DomainRules.DialogueStatus, $"The dialogue is {Status}. {message}");
        }
    }
}

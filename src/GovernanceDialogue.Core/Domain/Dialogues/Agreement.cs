using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Collaborations;

namespace GovernanceDialogue.Core.Domain.Dialogues;

/// <summary>Who an agreement binds: the unit, or its leadership (what leadership does to support the unit).</summary>
public enum AgreementSide
{
    Unit,
    Leadership,
}

public enum AgreementStatus
{
    Open,
    Done,
    Dropped,
}

/// <summary>A note on how an agreement is going, from a dialogue's follow-up or written on its own.</summary>
public sealed class AgreementNote
{
    public const int TextMaxLength = 4000;

    private AgreementNote()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>The dialogue whose follow-up wrote the note, if any.</summary>
    public Guid? DialogueId { get; private set; }

    internal static AgreementNote Create(Guid id, string text, Guid? dialogueId, DateTimeOffset at, string by) =>
        new() { Id = id, Text = text.Trim(), DialogueId = dialogueId, At = at, By = by };
}

/// <summary>
/// Överenskommelse — what a dialogue or a collaboration (samverkan) ended in, binding one side: the unit, or the
/// leadership that supports it. An open agreement follows the unit into every next dialogue until it is done or dropped
/// (with a reason). It was made in exactly one of the two: a dialogue (and so a cycle) or a collaboration.
/// </summary>
public sealed class Agreement
{
    public const int DescriptionMaxLength = 2000;
    public const int ResponsibleMaxLength = 200;
    public const int ReasonMaxLength = 2000;

    private Agreement()
    {
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The dialogue (and so the cycle) the agreement was made in; null for a collaboration's agreement.</summary>
    public Guid? DialogueId { get; private set; }

    public Guid? CycleId { get; private set; }

    /// <summary>The collaboration the agreement was made in; null for a dialogue's agreement.</summary>
    public Guid? CollaborationId { get; private set; }

    public string Description { get; private set; } = "";

    public AgreementSide Side { get; private set; }

    /// <summary>The responsible person, by name or title.</summary>
    public string Responsible { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public AgreementStatus Status { get; private set; }

    public string? DropReason { get; private set; }

    public List<AgreementNote> Notes { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public uint Version { get; private set; }

    public static Agreement Make(
        Guid id, Dialogue dialogue, string description, AgreementSide side, string responsible, DateOnly dueOn, DateTimeOffset now, string by)
    {
        dialogue.EnsureAcceptsAgreements();
        if (dueOn < dialogue.HeldOn)
        {
            throw new ArgumentException("An agreement is due on or after the meeting it was made in.", nameof(dueOn));
        }

        var agreement = Open(id, dialogue.UnitId, description, side, responsible, dueOn, now, by);
        agreement.DialogueId = dialogue.Id;
        agreement.CycleId = dialogue.CycleId;
        return agreement;
    }

    /// <summary>
    /// An agreement made in a collaboration, binding one of its units (or that unit's leadership), due today or later.
    /// It is followed up like any other: in the unit's next dialogue and in the commitments lists.
    /// </summary>
    public static Agreement MakeInCollaboration(
        Guid id, Collaboration collaboration, Guid unitId, string description, AgreementSide side, string responsible, DateOnly dueOn,
        DateOnly today, DateTimeOffset now, string by)
    {
        collaboration.EnsureActiveOn(today);
        if (!collaboration.HasUnit(unitId))
        {
            throw new ArgumentException("A collaboration's agreement binds one of its units.", nameof(unitId));
        }

        if (dueOn < today)
        {
            throw new ArgumentException("An agreement is due today or later.", nameof(dueOn));
        }

        var agreement = Open(id, unitId, description, side, responsible, dueOn, now, by);
        agreement.CollaborationId = collaboration.Id;
        return agreement;
    }

    /// <summary>An open agreement binding the unit; the factories above say where it was made.</summary>
    private static Agreement Open(
        Guid id, Guid unitId, string description, AgreementSide side, string responsible, DateOnly dueOn, DateTimeOffset now, string by) => new()
        {
            Id = id,
            UnitId = unitId,
            Description = description.Trim(),
            Side = side,
            Responsible = responsible.Trim(),
            DueOn = dueOn,
            Status = AgreementStatus.Open,
            CreatedAt = now,
            CreatedBy = by,
        };

    public void Revise(string description, string responsible, DateOnly dueOn)
    {
        EnsureOpen();
        Description = description.Trim();
        Responsible = responsible.Trim();
        DueOn = dueOn;
    }

    public void Note(Guid noteId, string text, Guid? dialogueId, DateTimeOffset now, string by) =>
        Notes.Add(AgreementNote.Create(noteId, text, dialogueId, now, by));

    public void Complete(DateTimeOffset now, string by)
    {
        EnsureOpen();
        Status = AgreementStatus.Done;
        ClosedAt = now;
        ClosedBy = by;
    }

    public void Drop(string reason, DateTimeOffset now, string by)
    {
        EnsureOpen();
        Status = AgreementStatus.Dropped;
        DropReason = reason.Trim();
        ClosedAt = now;
        ClosedBy = by;
    }

    public bool IsOverdueOn(DateOnly today) => Status == AgreementStatus.Open && DueOn < today;

    private void EnsureOpen()
    {
        if (Status != AgreementStatus.Open)
        {
            throw new DomainRuleException(DomainRules.AgreementClosed, $"The agreement is {Status}.");
        }
    }
}

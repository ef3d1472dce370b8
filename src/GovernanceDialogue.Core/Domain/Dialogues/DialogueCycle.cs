using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Domain.Dialogues;

/// <summary>Where a cycle is: created ahead of time, open (preparation and dialogues), closed.</summary>
public enum CycleStatus
{
    Scheduled,
    Open,
    Closed,
}

/// <summary>Where an open cycle is in its calendar.</summary>
public enum CyclePhase
{
    NotOpen,
    Preparing,
    Dialogues,
    Closing,
    Closed,
}

/// <summary>
/// A dialogue cycle (dialogomgång), e.g. "Vår 2027" for a city: when it opens every unit in scope gets a dialogue to
/// prepare by the preparation deadline, the dialogues are held in the dialogue window, and at the close date the
/// cycle closes and its figures are prepared for the politicians' summary.
/// </summary>
public sealed class DialogueCycle
{
    public const int NameMaxLength = 100;

    private DialogueCycle()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The city or administration whose units take part.</summary>
    public Guid ScopeUnitId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The year the cycle opens in.</summary>
    public int Year { get; private set; }

    /// <summary>The wheel entry the cycle was created from; null for a cycle created by hand.</summary>
    public string? WheelKey { get; private set; }

    public Guid TemplateId { get; private set; }

    /// <summary>The template version the dialogues use: pinned when the cycle opens.</summary>
    public Guid? TemplateVersionId { get; private set; }

    public CycleStatus Status { get; private set; }

    public DateOnly OpensOn { get; private set; }

    public DateOnly PreparationDueOn { get; private set; }

    public DateOnly DialoguesFrom { get; private set; }

    public DateOnly DialoguesTo { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? OpenedAt { get; private set; }

    public string? OpenedBy { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public uint Version { get; private set; }

    public CycleDates Dates => new(OpensOn, PreparationDueOn, DialoguesFrom, DialoguesTo, ClosesOn);

    public static DialogueCycle Schedule(
        Guid id, Guid scopeUnitId, string name, string? wheelKey, Guid templateId, CycleDates dates, DateTimeOffset now, string by)
    {
        if (!dates.IsOrdered)
        {
            throw new ArgumentException("The cycle's dates are out of order.", nameof(dates));
        }

        return new DialogueCycle
        {
            Id = id,
            ScopeUnitId = scopeUnitId,
            Name = name.Trim(),
            Year = dates.OpensOn.Year,
            WheelKey = wheelKey,
            TemplateId = templateId,
            Status = CycleStatus.Scheduled,
            OpensOn = dates.OpensOn,
            PreparationDueOn = dates.PreparationDueOn,
            DialoguesFrom = dates.DialoguesFrom,
            DialoguesTo = dates.DialoguesTo,
            ClosesOn = dates.ClosesOn,
            CreatedAt = now,
            CreatedBy = by,
        };
    }

    public CyclePhase PhaseOn(DateOnly today) => PhaseOf(Status, PreparationDueOn, DialoguesTo, today);

    public static CyclePhase PhaseOf(CycleStatus status, DateOnly preparationDueOn, DateOnly dialoguesTo, DateOnly today) => status switch
    {
        CycleStatus.Scheduled => CyclePhase.NotOpen,
        CycleStatus.Closed => CyclePhase.Closed,
        _ when today <= preparationDueOn => CyclePhase.Preparing,
        _ when today <= dialoguesTo => CyclePhase.Dialogues,
        _ => CyclePhase.Closing,
    };

    /// <summary>Changes a scheduled cycle's name, template or dates.</summary>
    public void Reschedule(string name, Guid templateId, CycleDates dates)
    {
        if (Status != CycleStatus.Scheduled)
        {
            throw new DomainRuleException(DomainRules.CycleNotScheduled, $"The cycle is {Status}; only a scheduled cycle can be changed.");
        }

        if (!dates.IsOrdered)
        {
            throw new ArgumentException("The cycle's dates are out of order.", nameof(dates));
        }

        Name = name.Trim();
        TemplateId = templateId;
        Year = dates.OpensOn.Year;
        (OpensOn, PreparationDueOn, DialoguesFrom, DialoguesTo, ClosesOn) = (dates.OpensOn, dates.PreparationDueOn, dates.DialoguesFrom, dates.DialoguesTo, dates.ClosesOn);
    }

    /// <summary>Opens the cycle with the template version its dialogues will keep. The dialogues are created in bulk by the caller.</summary>
    public void Open(Guid templateVersionId, DateOnly today, DateTimeOffset now, string by)
    {
        if (Status != CycleStatus.Scheduled)
        {
            throw new DomainRuleException(DomainRules.CycleNotScheduled, $"The cycle is {Status}; only a scheduled cycle can be opened.");
        }

        if (today >= ClosesOn)
        {
            throw new DomainRuleException(DomainRules.CyclePassed, $"The cycle closed on {ClosesOn:yyyy-MM-dd}; change its dates before opening it.");
        }

        Status = CycleStatus.Open;
        TemplateVersionId = templateVersionId;
        OpenedAt = now;
        OpenedBy = by;
    }

    public void Close(DateTimeOffset now, string by)
    {
        if (Status != CycleStatus.Open)
        {
            throw new DomainRuleException(DomainRules.CycleNotOpen, $"The cycle is {Status}; only an open cycle can be closed.");
        }

        Status = CycleStatus.Closed;
        ClosedAt = now;
        ClosedBy = by;
    }

    public void EnsureOpen()
    {
        if (Status != CycleStatus.Open)
        {
            throw new DomainRuleException(DomainRules.CycleNotOpen, $"The cycle is {Status}.");
        }
    }
}

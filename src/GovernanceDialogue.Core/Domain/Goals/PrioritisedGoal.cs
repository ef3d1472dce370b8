using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Domain.Goals;

public enum GoalStatus
{
    Active,
    Achieved,
    Dropped,
}

/// <summary>
/// Prioriterat mål — one of a unit's few goals for a period: what, why (pointing at the analysis and its evidence),
/// which goal-picture themes it serves, who owns it and how we will know. Not a KPI to report against.
/// </summary>
public sealed class PrioritisedGoal
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 2000;
    public const int OwnerMaxLength = 200;
    public const int MaxThemes = 5;
    public const int MaxEvidence = 10;

    private PrioritisedGoal()
    {
    }

    public Guid Id { get; private set; }

    public Guid GoalSetId { get; private set; }

    public Guid UnitId { get; private set; }

    public int Period { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>Why this goal: the finding in the analysis it answers.</summary>
    public string Why { get; private set; } = "";

    /// <summary>The analysis the goal follows from, if any.</summary>
    public Guid? AnalysisId { get; private set; }

    /// <summary>Observations of that analysis that show the need (and, later, the change).</summary>
    public List<Guid> EvidenceIds { get; private set; } = [];

    /// <summary>Goal-picture themes (ids) the goal serves: the city's, or its administration's.</summary>
    public List<Guid> ThemeIds { get; private set; } = [];

    public string Owner { get; private set; } = "";

    /// <summary>How we will know: qualitative signals and, where they help, indicators.</summary>
    public string HowWeWillKnow { get; private set; } = "";

    /// <summary>1 is the most important; null once the goal is no longer active.</summary>
    public int? Rank { get; private set; }

    public GoalStatus Status { get; private set; }

    public string? Reflection { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public uint Version { get; private set; }

    internal static PrioritisedGoal Create(Guid id, Guid goalSetId, Guid unitId, int period, GoalContent content, int rank, DateTimeOffset now)
    {
        var goal = new PrioritisedGoal
        {
            Id = id,
            GoalSetId = goalSetId,
            UnitId = unitId,
            Period = period,
            Rank = rank,
            Status = GoalStatus.Active,
            CreatedAt = now,
        };
        goal.Edit(content);
        return goal;
    }

    public void Edit(GoalContent content)
    {
        Title = content.Title.Trim();
        Why = content.Why.Trim();
        AnalysisId = content.AnalysisId;
        EvidenceIds = content.EvidenceIds.Distinct().ToList();
        ThemeIds = content.ThemeIds.Distinct().ToList();
        Owner = content.Owner.Trim();
        HowWeWillKnow = content.HowWeWillKnow.Trim();
    }

    internal void MoveTo(int rank) => Rank = rank;

    internal void Close(GoalStatus status, string? reflection, DateTimeOffset now, string by)
    {
        EnsureActive();
        Status = status;
        Reflection = string.IsNullOrWhiteSpace(reflection) ? null : reflection.Trim();
        Rank = null;
        ClosedAt = now;
        ClosedBy = by;
    }

    /// <summary>Only active goals change; achieved and dropped ones are history.</summary>
    public void EnsureEditable() => EnsureActive();

    internal void EnsureActive()
    {
        if (Status != GoalStatus.Active)
        {
            throw new DomainRuleException(DomainRules.GoalNotActive, $"The goal '{Title}' is {Status}.");
        }
    }
}

/// <summary>The editable content of a goal.</summary>
public sealed record GoalContent(
    string Title, string Why, Guid? AnalysisId, IReadOnlyList<Guid> EvidenceIds, IReadOnlyList<Guid> ThemeIds, string Owner, string HowWeWillKnow);

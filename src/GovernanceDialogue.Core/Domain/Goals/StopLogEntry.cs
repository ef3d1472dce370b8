namespace GovernanceDialogue.Core.Domain.Goals;

/// <summary>
/// Det vi slutar göra — what a unit stops doing, and why: every de-prioritised goal, and other things a unit
/// consciously lets go of to make room for its few goals. Visible, never deleted.
/// </summary>
public sealed class StopLogEntry
{
    public const int TitleMaxLength = 200;
    public const int ReasonMaxLength = 2000;

    private StopLogEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public int Period { get; private set; }

    /// <summary>The de-prioritised goal, when the entry came from one.</summary>
    public Guid? GoalId { get; private set; }

    public string Title { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public static StopLogEntry Record(Guid id, Guid unitId, int period, Guid? goalId, string title, string reason, DateTimeOffset at, string by) =>
        new() { Id = id, UnitId = unitId, Period = period, GoalId = goalId, Title = title.Trim(), Reason = reason.Trim(), At = at, By = by };
}

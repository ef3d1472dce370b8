using GovernanceDialogue.Core.Common.Errors;

namespace GovernanceDialogue.Core.Domain.Goals;

/// <summary>
/// A unit's prioritised goals for one period, and the rule that keeps them few: never more active goals than the
/// cap (default 5). Every change to the set touches this row, so two people adding "the sixth goal" at the same time
/// cannot both succeed. De-prioritising a goal writes it to the "what we stop doing" log.
/// </summary>
public sealed class GoalSet
{
    public const int DefaultCap = 5;

    private GoalSet()
    {
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public int Period { get; private set; }

    public List<PrioritisedGoal> Goals { get; private set; } = [];

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Counts every change, so each one rewrites this row: the set is the lock for the cap and the ranking.</summary>
    public int Revision { get; private set; }

    public uint Version { get; private set; }

    public IEnumerable<PrioritisedGoal> Active => Goals.Where(g => g.Status == GoalStatus.Active).OrderBy(g => g.Rank);

    public static GoalSet Start(Guid id, Guid unitId, int period, DateTimeOffset now) =>
        new() { Id = id, UnitId = unitId, Period = period, ChangedAt = now };

    /// <summary>
    /// Adds a goal at the end of the ranking. At the cap it is refused, unless the same operation de-prioritises
    /// another active goal (<paramref name="replacing"/>): then that one goes to the stop log first.
    /// </summary>
    public (PrioritisedGoal Goal, StopLogEntry? Stopped) Add(
        Guid goalId, GoalContent content, int cap, Replacement? replacing, DateTimeOffset now, string by)
    {
        StopLogEntry? stopped = null;
        if (replacing is not null)
        {
            stopped = Drop(replacing.GoalId, replacing.Reason, null, now, by);
        }

        var active = Active.Count();
        if (active >= cap)
        {
            throw new DomainRuleException(
                DomainRules.GoalCapReached,
                $"The unit already has {active} active goals for {Period} (the cap is {cap}). Drop or de-prioritise one in the same request.");
        }

        var goal = PrioritisedGoal.Create(goalId, Id, UnitId, Period, content, active + 1, now);
        Goals.Add(goal);
        Changed(now);
        return (goal, stopped);
    }

    /// <summary>Moves an active goal to a new rank (1 = first); the others close up around it.</summary>
    public void Rank(Guid goalId, int rank, DateTimeOffset now)
    {
        var goal = Find(goalId);
        goal.EnsureActive();
        var ordered = Active.Where(g => g.Id != goalId).ToList();
        ordered.Insert(Math.Clamp(rank, 1, ordered.Count + 1) - 1, goal);
        Renumber(ordered);
        Changed(now);
    }

    public void Achieve(Guid goalId, string reflection, DateTimeOffset now, string by)
    {
        Find(goalId).Close(GoalStatus.Achieved, reflection, now, by);
        Renumber(Active.ToList());
        Changed(now);
    }

    /// <summary>De-prioritises a goal: it is dropped with its reason, and the reason goes to the stop log.</summary>
    public StopLogEntry Drop(Guid goalId, string reason, string? reflection, DateTimeOffset now, string by)
    {
        var goal = Find(goalId);
        goal.Close(GoalStatus.Dropped, reflection ?? reason, now, by);
        Renumber(Active.ToList());
        Changed(now);
        return StopLogEntry.Record(Guid.CreateVersion7(now), UnitId, Period, goal.Id, goal.Title, reason, now, by);
    }

    private PrioritisedGoal Find(Guid goalId) =>
        Goals.FirstOrDefault(g => g.Id == goalId) ?? throw new NotFoundException("Goal", goalId);

    private void Changed(DateTimeOffset now)
    {
        ChangedAt = now;
        Revision++;
    }

    private static void Renumber(List<PrioritisedGoal> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1);
        }
    }
}

/// <summary>The goal to de-prioritise in the same operation, and why.</summary>
public sealed record Replacement(Guid GoalId, string Reason);

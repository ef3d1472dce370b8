namespace GovernanceDialogue.Core.Domain.Goals;

/// <summary>A city's own rule for how few goals its units keep (the cap); without one, <see cref="GoalSet.DefaultCap"/>.</summary>
public sealed class GoalPolicy
{
    public const int MinCap = 1;
    public const int MaxCap = 10;

    private GoalPolicy()
    {
    }

    /// <summary>The city (organisation root) the policy is for.</summary>
    public Guid CityId { get; private set; }

    public int Cap { get; private set; }

    public uint Version { get; private set; }

    public static GoalPolicy For(Guid cityId, int cap) => new() { CityId = cityId, Cap = cap };

    public void SetCap(int cap) => Cap = cap;
}

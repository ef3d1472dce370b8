namespace GovernanceDialogue.Core.Domain.Goals;

/// <summary>A city's own rule for how few goals its units keep (the cap); without one, <see cref="GoalSet.DefaultCap"/>.</summary>
public sealed class GoalPolicy
{
    public const int MinCap = 1;
    public const int MaxCap = 10;

    /// <summary>
    /// The version (ETag) of a city's policy while it has none stored and the default cap applies. A stored row's
    /// version is its PostgreSQL <c>xmin</c>, which is never 1 in a user table (1 is the bootstrap transaction), and a
    /// malformed If-Match parses to 0, so this value matches nothing else.
    /// </summary>
    public const uint DefaultVersion = 1;

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

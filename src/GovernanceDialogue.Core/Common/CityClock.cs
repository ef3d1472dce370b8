namespace GovernanceDialogue.Core.Common;

/// <summary>Calendar dates as the city sees them: validity, deadlines and periods are Swedish local dates.</summary>
public static class CityClock
{
    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>Today's date in Sweden.</summary>
    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZone).DateTime);
}

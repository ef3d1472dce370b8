using GovernanceDialogue.Core.Common;

namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>Instants are shown in Swedish local time, whatever the server's time zone.</summary>
public static class CityTime
{
    public static string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, CityClock.TimeZone).ToString("yyyy-MM-dd HH:mm");

    public static string Format(DateTimeOffset? instant) => instant is { } value ? Format(value) : "";
}

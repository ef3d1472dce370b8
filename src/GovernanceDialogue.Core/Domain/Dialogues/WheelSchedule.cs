using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceDialogue.Core.Domain.Dialogues;

/// <summary>
/// A day in the year ("03-01" is 1 March), for the yearly wheel. 29 February falls on 28 February in other years.
/// In JSON it is the string "MM-dd".
/// </summary>
[JsonConverter(typeof(MonthDayJsonConverter))]
public readonly record struct MonthDay(int Month, int Day)
{
    public static bool TryParse(string? text, out MonthDay value)
    {
        value = default;
        if (text is null || !DateOnly.TryParseExact("2024-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        value = new MonthDay(date.Month, date.Day);
        return true;
    }

    public static MonthDay Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a day of the year (MM-dd).");

    /// <summary>This day in <paramref name="year"/>.</summary>
    public DateOnly In(int year) => new(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));

    /// <summary>The first such day on or after <paramref name="date"/>.</summary>
    public DateOnly OnOrAfter(DateOnly date) => In(date.Year) is var same && same >= date ? same : In(date.Year + 1);

    public override string ToString() => $"{Month:00}-{Day:00}";
}

public sealed class MonthDayJsonConverter : JsonConverter<MonthDay>
{
    public override MonthDay Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && MonthDay.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException("A day of the year is written \"MM-dd\", e.g. \"03-01\" for 1 March.");

    public override void Write(Utf8JsonWriter writer, MonthDay value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>The dates of one cycle, in order: opens ≤ preparation due ≤ dialogues from ≤ dialogues to &lt; closes.</summary>
public sealed record CycleDates(DateOnly OpensOn, DateOnly PreparationDueOn, DateOnly DialoguesFrom, DateOnly DialoguesTo, DateOnly ClosesOn)
{
    /// <summary>Whether the dates are in order. A check for the domain, not part of the dates: never serialised.</summary>
    [JsonIgnore]
    public bool IsOrdered => OpensOn <= PreparationDueOn && PreparationDueOn <= DialoguesFrom && DialoguesFrom <= DialoguesTo && DialoguesTo < ClosesOn;

    /// <summary>Whether the two windows [opens, closes) share a day.</summary>
    public bool Overlaps(CycleDates other) => OpensOn < other.ClosesOn && other.OpensOn < ClosesOn;
}

/// <summary>
/// One recurring cycle of the yearly wheel, e.g. spring: opens 1 March, preparation due 31 March, dialogues in April,
/// closes 15 May. Each date after the first falls on its day on or after the one before, so a cycle may run over
/// New Year. <see cref="Key"/> is stable, so the cycle of a year is created once.
/// </summary>
public sealed record WheelEntry(
    string Key, string Name, MonthDay OpensOn, MonthDay PreparationDueOn, MonthDay DialoguesFrom, MonthDay DialoguesTo, MonthDay ClosesOn, Guid? TemplateId)
{
    public const int KeyMaxLength = 50;
    public const int NameMaxLength = 100;

    /// <summary>The dates of the cycle that opens in <paramref name="year"/>.</summary>
    public CycleDates DatesIn(int year)
    {
        var opens = OpensOn.In(year);
        var due = PreparationDueOn.OnOrAfter(opens);
        var from = DialoguesFrom.OnOrAfter(due);
        var to = DialoguesTo.OnOrAfter(from);
        var closes = ClosesOn.OnOrAfter(to.AddDays(1));
        return new CycleDates(opens, due, from, to, closes);
    }
}

/// <summary>
/// Årshjulet — the yearly wheel of a city or an administration: the named cycles that recur every year. A recurring
/// job creates each year's cycles ahead of time from it and opens them on their dates.
/// </summary>
public sealed class WheelSchedule
{
    public const int MaxEntries = 6;

    private WheelSchedule()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The city or administration whose units the cycles are for.</summary>
    public Guid ScopeUnitId { get; private set; }

    public List<WheelEntry> Entries { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public uint Version { get; private set; }

    public static WheelSchedule For(Guid id, Guid scopeUnitId) => new() { Id = id, ScopeUnitId = scopeUnitId };

    public void Replace(IReadOnlyList<WheelEntry> entries, DateTimeOffset now, string by)
    {
        Entries = entries.Select(e => e with { Key = e.Key.Trim(), Name = e.Name.Trim() }).ToList();
        UpdatedAt = now;
        UpdatedBy = by;
    }
}

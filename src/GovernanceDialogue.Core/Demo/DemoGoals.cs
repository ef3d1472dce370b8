using System.Text.Json;
using GovernanceDialogue.Core.Domain.Analyses;

namespace GovernanceDialogue.Core.Demo;

/// <summary>
/// The demo city's goal pictures, analyses and goals, read from the embedded <c>demo-goals.json</c>. The file is written
/// as of its <see cref="Period"/>; <see cref="AsOf"/> moves every year in it so a demo seeded in any year is current.
/// </summary>
public sealed record DemoGoals(
    int Period, DemoGoalPicture CityGoalPicture, IReadOnlyList<DemoGoalPicture> AdministrationGoalPictures, IReadOnlyList<DemoUnitGoals> Units)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static DemoGoals Load()
    {
        using var stream = typeof(DemoGoals).Assembly.GetManifestResourceStream("GovernanceDialogue.Core.Demo.demo-goals.json")
            ?? throw new InvalidOperationException("The embedded demo-goals.json is missing.");
        return JsonSerializer.Deserialize<DemoGoals>(stream, Json) ?? throw new InvalidOperationException("demo-goals.json is empty.");
    }

    /// <summary>The same demo with the period, the decision dates and the observation periods moved to <paramref name="year"/>.</summary>
    public DemoGoals AsOf(int year)
    {
        var shift = year - Period;
        if (shift == 0)
        {
            return this;
        }

        DemoGoalPicture Picture(DemoGoalPicture p)
        {
            var date = p.DecisionDate.AddYears(shift);
            return p with
            {
                DecisionDate = date,
                DecisionReference = p.DecisionReference.Replace(p.DecisionDate.ToString("yyyy-MM-dd"), date.ToString("yyyy-MM-dd"), StringComparison.Ordinal),
            };
        }

        string ObservationPeriod(string period) =>
            int.TryParse(period, System.Globalization.CultureInfo.InvariantCulture, out var y) ? (y + shift).ToString(System.Globalization.CultureInfo.InvariantCulture) : period;

        return this with
        {
            Period = year,
            CityGoalPicture = Picture(CityGoalPicture),
            AdministrationGoalPictures = AdministrationGoalPictures.Select(Picture).ToList(),
            Units = Units.Select(u => u with
            {
                Analysis = u.Analysis with { Observations = u.Analysis.Observations.Select(o => o with { Period = ObservationPeriod(o.Period) }).ToList() },
            }).ToList(),
        };
    }
}

public sealed record DemoGoalPicture(
    string? ShortCode, string Vision, string Narrative, DateOnly DecisionDate, string DecisionReference, IReadOnlyList<DemoTheme> Themes);

public sealed record DemoTheme(string Key, string Name, string Description, string? CityTheme);

public sealed record DemoUnitGoals(string ShortCode, DemoAnalysis Analysis, IReadOnlyList<DemoGoal> Goals);

public sealed record DemoAnalysis(
    string Strengths, string Challenges, string Risks, string CitizenPerspective, string EmployeePerspective, DemoEquality Equality,
    string CollaborationNeeds, IReadOnlyList<DemoObservation> Observations);

public sealed record DemoEquality(IReadOnlyList<EqualityGroup> Groups, string Description);

public sealed record DemoObservation(
    string Title, decimal Value, string? UnitOfMeasure, string Period, string Source, string? KoladaKpiId, decimal? Women, decimal? Men,
    decimal? ComparisonValue, string? ComparisonLabel);

public sealed record DemoGoal(string Title, string Why, IReadOnlyList<string> Themes, string Owner, string HowWeWillKnow);

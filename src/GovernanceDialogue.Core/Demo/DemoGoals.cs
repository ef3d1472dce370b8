using System.Text.Json;
using GovernanceDialogue.Core.Domain.Analyses;

namespace GovernanceDialogue.Core.Demo;

/// <summary>The demo city's goal pictures, analyses and goals, read from the embedded <c>demo-goals.json</c>.</summary>
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

using System.Text.Json;

namespace GovernanceDialogue.Core.Demo;

/// <summary>The demo municipality "Solvik stad", read from the embedded <c>demo-city.json</c>.</summary>
public sealed record DemoCity(DemoUnit City, IReadOnlyList<DemoAdministration> Administrations)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static DemoCity Load()
    {
        using var stream = typeof(DemoCity).Assembly.GetManifestResourceStream("GovernanceDialogue.Core.Demo.demo-city.json")
            ?? throw new InvalidOperationException("The embedded demo-city.json is missing.");
        return JsonSerializer.Deserialize<DemoCity>(stream, Json)
            ?? throw new InvalidOperationException("demo-city.json is empty.");
    }

    public IEnumerable<DemoUnit> AllUnits() =>
        Administrations.SelectMany(a => a.Units).Concat(Administrations).Prepend(City);
}

public record DemoUnit(string Name, string ShortCode, string? ExternalId, DateOnly ValidFrom, DemoMission Mission);

public sealed record DemoAdministration(
    string Name, string ShortCode, string? ExternalId, DateOnly ValidFrom, DemoMission Mission, IReadOnlyList<DemoUnit> Units)
    : DemoUnit(Name, ShortCode, ExternalId, ValidFrom, Mission);

public sealed record DemoMission(string AssignmentText, string PlainLanguageSummary, IReadOnlyList<string> TargetGroups, string? Basis);

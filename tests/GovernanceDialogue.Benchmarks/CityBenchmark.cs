using static System.FormattableString;

namespace GovernanceDialogue.Benchmarks;

/// <summary>A benchmark on the 2,000-unit city of issues 5 and 6 (<see cref="CityGenerator"/>), in the shape it asks for.</summary>
public abstract class CityBenchmark(BenchOptions options) : AppBenchmark<GeneratedCity>(options)
{
    /// <summary>The city to generate.</summary>
    protected abstract CityShape Shape { get; }

    protected override async Task<GeneratedCity> GenerateAsync(BenchDatabase database, CancellationToken cancellationToken)
    {
        var city = await new CityGenerator(database.ConnectionString, Shape).GenerateAsync(cancellationToken);
        Console.WriteLine(
            Invariant($"Generated {city.Units:N0} units in {city.AdministrationIds.Count} administrations in {city.Elapsed.TotalSeconds:0.0} s: {city.RowSummary}"));
        if (city.Content is { } content)
        {
            Console.WriteLine($"Spring cycle: {content}");
        }

        return city;
    }
}

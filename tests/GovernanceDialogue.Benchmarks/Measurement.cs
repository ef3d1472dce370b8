using System.Diagnostics;
using System.Globalization;

namespace GovernanceDialogue.Benchmarks;

/// <summary>One timed execution: how long it took, how many SQL round trips it made, and what it produced.</summary>
public sealed record Sample(TimeSpan Elapsed, int Commands, int Commits, string Result, IReadOnlyList<string> Statements)
{
    public int RoundTrips => Commands + Commits;
}

/// <summary>
/// A measured operation: the first execution in the process (cold: JIT, EF query compilation, empty plan caches)
/// reported apart from the warm ones, which are summarised by their median.
/// </summary>
/// <param name="sameRoundTripsAs">
/// The same operation on a larger part of the organisation: this one is met only if it needs exactly as many round
/// trips there (a query per unit would show as more).
/// </param>
public sealed class Measurement(string name, string scale, string target, TimeSpan? targetTime = null, Measurement? sameRoundTripsAs = null)
{
    private readonly List<Sample> samples = [];

    public string Name { get; } = name;

    /// <summary>How much data the operation covers (e.g. "2,000 units").</summary>
    public string Scale { get; } = scale;

    public string Target { get; } = target;

    public TimeSpan? TargetTime { get; } = targetTime;

    public Measurement? SameRoundTripsAs { get; } = sameRoundTripsAs;

    /// <summary>Whether this is only the larger comparison for another measurement (it has no target of its own).</summary>
    public bool IsComparison { get; init; }

    /// <summary>
    /// At most this many round trips of the operation's own in every warm run: those a signed-in user's request makes
    /// whatever it shows (<see cref="CommonOverhead"/>) do not count.
    /// </summary>
    public int? MaxOwnRoundTrips { get; init; }

    public IReadOnlyList<Sample> Samples => samples;

    public Sample Cold => samples[0];

    public IReadOnlyList<Sample> Warm => samples.Skip(1).ToList();

    public TimeSpan WarmMedian => Median(Warm.Select(s => s.Elapsed).ToList());

    public TimeSpan WarmMin => Warm.Min(s => s.Elapsed);

    public TimeSpan WarmMax => Warm.Max(s => s.Elapsed);

    /// <summary>
    /// Met when the warm median is under the time target, for a comparison every warm run here and there made the
    /// same number of round trips, and no warm run made more round trips of its own than allowed.
    /// </summary>
    public bool? Met =>
        TargetTime is null && SameRoundTripsAs is null && MaxOwnRoundTrips is null
            ? null
            : (TargetTime is not { } time || WarmMedian < time)
              && (SameRoundTripsAs is not { } other || Warm.Concat(other.Warm).Select(s => s.RoundTrips).Distinct().Count() == 1)
              && (MaxOwnRoundTrips is not { } max || Warm.All(s => CommonOverhead.Own(s) <= max));

    public async Task<Sample> RunAsync(SqlCounter counter, Func<Task<string>> operation)
    {
        counter.Reset();
        var stopwatch = Stopwatch.StartNew();
        var result = await operation();
        stopwatch.Stop();
        var sample = new Sample(stopwatch.Elapsed, counter.Commands, counter.Commits, result, counter.Statements);
        samples.Add(sample);
        Console.WriteLine(
            $"  {Name,-58} run {samples.Count}{(samples.Count == 1 ? " (cold)" : "       ")} {Ms(sample.Elapsed),9} ms  "
            + $"{sample.Commands,3} commands + {sample.Commits} commit  {sample.Result}");
        return sample;
    }

    /// <summary>Replaces the result of the last sample (e.g. with counts read after the timing).</summary>
    public void Annotate(string result) => samples[^1] = samples[^1] with { Result = result };

    public static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString(elapsed.TotalMilliseconds < 100 ? "0.0" : "0", CultureInfo.InvariantCulture);

    private static TimeSpan Median(List<TimeSpan> values)
    {
        if (values.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

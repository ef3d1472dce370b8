using GovernanceDialogue.Core.Features.Cycles;
using static System.FormattableString;

namespace GovernanceDialogue.Benchmarks;

/// <summary>
/// Issue 8's two write targets on the large city (<see cref="LargeCityGenerator"/>: ten years of history, 40,000
/// dialogues): the city summary draft (under 3 s) and opening a city-wide cycle for 2,000 units (under 2 s), measured
/// exactly as the <c>summaries</c> and <c>dialogues</c> benchmarks measure them on the 2,000-unit city with one
/// earlier cycle, through the app's mediator as the system.
/// </summary>
/// <remarks>
/// The draft is the city's of the last cycle the generator closed (the spring cycle of the last year), generated
/// while it is still the last closed one. Then the year turns as the wheel would turn it: the open autumn cycle is
/// closed (<see cref="CloseCycle"/>, timed once), the units' goals for the new year are set (last year's 5 a unit
/// carried over as the new year's active goals, last year's achieved), and the next spring cycle is scheduled and
/// opened, each run on a fresh cycle.
/// </remarks>
public sealed class LargeCityWritesBenchmark(BenchOptions options) : AppBenchmark<LargeCity>(options)
{
    public const string Key = "large-city-writes";

    private readonly LargeCityShape shape = new();

    /// <summary>The setup's closing of the open cycle, timed once (not a target).</summary>
    private Measurement? closing;

    private int newGoals;

    protected override string SectionKey => Key;

    protected override async Task<LargeCity> GenerateAsync(BenchDatabase database, CancellationToken cancellationToken)
    {
        var city = await new LargeCityGenerator(database.ConnectionString, shape).GenerateAsync(cancellationToken);
        Console.WriteLine(Invariant($"Generated the large city in {city.Elapsed.TotalSeconds:0.0} s: {city.RowSummary}"));
        return city;
    }

    /// <summary>The spring cycle of the year after the last: the one the wheel opens after the open autumn cycle.</summary>
    private CreateCycle.Command NextCycle(LargeCity city)
    {
        var opens = LargeCityGenerator.CycleOpens(shape.LastYear + 1, autumn: false);
        return new CreateCycle.Command(city.CityId, $"Vår {shape.LastYear + 1}", null, opens, opens.AddDays(28), opens.AddDays(29), opens.AddDays(70), opens.AddDays(80));
    }

    /// <summary>The opening day of the next cycle: the open autumn cycle has passed its closing date.</summary>
    protected override DateOnly StartsOn(LargeCity city) => NextCycle(city).OpensOn!.Value;

    protected override async Task<IReadOnlyList<Measurement>> MeasureAsync(LargeCity city, CancellationToken cancellationToken)
    {
        var draft = new Measurement(
            "GenerateSummaries, the city's draft (UnitId = the city)",
            Invariant($"{shape.Units:N0} dialogues (Vår {shape.LastYear}), {shape.Cycles - 2} cycles before it"), "< 3 s", TimeSpan.FromSeconds(3));
        await GenerateSummariesAsync(draft, city.LastClosedCycleId, city.CityId, cancellationToken);
        Annotate(draft, await DraftFactsAsync(city.LastClosedCycleId, city.CityId, cancellationToken));

        await CloseOpenCycleAsync(city, cancellationToken);
        await SetNextYearsGoalsAsync(cancellationToken);
        var (open, _) = await OpenCycleAsync(Invariant($"{shape.Units:N0} units, {shape.Years} years of history"), NextCycle(city), cancellationToken);
        return [draft, open];
    }

    /// <summary>The autumn cycle closes as on its closing date: unfinished dialogues flagged, figures and summary drafts prepared.</summary>
    private async Task CloseOpenCycleAsync(LargeCity city, CancellationToken cancellationToken)
    {
        closing = new Measurement($"CloseCycle (Höst {shape.LastYear}, setup)", Invariant($"{shape.Units:N0} dialogues"), "(once, no target)");
        Console.WriteLine($"(setup) {closing.Name}");
        await closing.RunAsync(Counter, async () => (await SendAsync(new CloseCycle.Command(city.OpenCycleId, null), cancellationToken)).Status.ToString());
    }

    /// <summary>
    /// The new year's goals, which opening attaches to each dialogue: every unit's 5 active goals of the last year set
    /// again for the next (a new goal set each), and the last year's achieved, as at a year's turn.
    /// </summary>
    private async Task SetNextYearsGoalsAsync(CancellationToken cancellationToken)
    {
        var last = shape.LastYear;
        await Database.ExecuteAsync(
            $"""
            INSERT INTO goal_sets (id, unit_id, period, changed_at, revision)
            SELECT gen_random_uuid(), unit_id, period + 1, changed_at + interval '1 year', 1 FROM goal_sets WHERE period = {last};
            INSERT INTO goals (id, goal_set_id, unit_id, period, title, why, evidence_ids, theme_ids, owner, how_we_will_know, rank, status, created_at)
            SELECT gen_random_uuid(), s.id, g.unit_id, g.period + 1, g.title, g.why, g.evidence_ids, g.theme_ids, g.owner, g.how_we_will_know, g.rank, 'Active',
                   g.created_at + interval '1 year'
            FROM goals g JOIN goal_sets s ON s.unit_id = g.unit_id AND s.period = g.period + 1
            WHERE g.period = {last} AND g.status = 'Active';
            UPDATE goals SET status = 'Achieved', closed_at = '{CityGenerator.At(new DateOnly(last, 12, 15)):O}', closed_by = '{CityGenerator.By}'
            WHERE period = {last} AND status = 'Active';
            """,
            cancellationToken);
        newGoals = shape.Units * shape.GoalsPerUnitAndYear;
        await VacuumAsync("goal_sets, goals", cancellationToken);
    }

    protected override void WriteResults(Action<FormattableString> line, LargeCity city, IReadOnlyList<Measurement> measurements)
    {
        WriteTable(line, measurements);
        line($"");
        line($"Cold: the first execution in the process (JIT, EF query compilation); the draft runs first, opening after the setup's closing, which has warmed the pipeline. Warm: {Options.Runs} runs of each; the draft is generated from scratch each time (the city's summary of the cycle, published in the generated data, is deleted with its version, then `VACUUM ANALYZE`), and each opening is of a fresh cycle on the same data (what the previous run created is deleted, then `VACUUM ANALYZE`). Met: the warm median is under the time target. A round trip is one SQL command or a commit (Npgsql sends BEGIN with the next command).");
        line($"");
        line($"Data (generated in {city.Elapsed.TotalSeconds:0.0} s, seed {shape.Seed}, years {shape.LastYear - shape.Years + 1}–{shape.LastYear}): {shape.Administrations} administrations of {shape.UnitsPerAdministration} units; rows: {city.RowSummary}.");
        if (closing is { } close)
        {
            line($"");
            line($"Before opening, the year turned: {close.Name} took {Measurement.Ms(close.Cold.Elapsed)} ms in {close.Cold.RoundTrips} round trips (a single, cold run; it prepares the cycle's figures and the drafts of its {shape.Administrations + 1} summaries), and the units' {newGoals:N0} goals for {shape.LastYear + 1} were set (SQL, not timed). The opened cycle is Vår {shape.LastYear + 1}, city-wide; it carries over every agreement still open from earlier cycles.");
        }
    }
}

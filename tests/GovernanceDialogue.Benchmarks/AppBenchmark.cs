using System.Globalization;
using System.Text;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.TestSupport;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static System.FormattableString;

namespace GovernanceDialogue.Benchmarks;

/// <summary>
/// What every benchmark does around its own measurements: a freshly created database with a generated city (the
/// 2,000-unit city of <see cref="CityBenchmark"/> or the large city), the real app on it (hosted by the tests'
/// factory) with the <see cref="SqlCounter"/> on its DbContext, and a report printed and written into the benchmark's
/// section of <c>docs/performance.md</c>; and the measurements more than one benchmark takes (opening a cycle,
/// generating summaries).
/// </summary>
/// <typeparam name="TCity">What the generator says about the city it wrote.</typeparam>
public abstract class AppBenchmark<TCity>(BenchOptions options) : IAsyncDisposable
    where TCity : class
{
    private GovernanceAppFactory? app;
    private BenchDatabase? database;

    protected BenchOptions Options => options;

    protected SqlCounter Counter { get; } = new();

    protected GovernanceAppFactory App => app ?? throw new InvalidOperationException("The app starts in RunAsync.");

    protected BenchDatabase Database => database ?? throw new InvalidOperationException("The database is created in RunAsync.");

    /// <summary>The section of <c>docs/performance.md</c> this benchmark rewrites.</summary>
    protected abstract string SectionKey { get; }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Runs the benchmark; 0 when every target is met, 2 when one is not.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var machine = MachineInfo.Collect();
        var started = DateTimeOffset.UtcNow;
        Console.WriteLine($"Machine: {machine.Cores} cores, {machine.Memory}, {machine.Os}, {machine.Dotnet}; load average {machine.LoadAverage}");
        database = await BenchDatabase.RecreateAsync(options.Database, cancellationToken);
        var server = await database.ServerAsync(cancellationToken);
        Console.WriteLine($"Database {database.Name}: PostgreSQL {server}");

        var city = await GenerateAsync(database, cancellationToken);
        app = new GovernanceAppFactory(
            database.ConnectionString,
            configureServices: services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Counter)),
            settings: new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Warning" });
        app.Clock.AdjustTime(CityGenerator.At(StartsOn(city)));
        _ = app.Services;

        var measurements = await MeasureAsync(city, cancellationToken);
        var report = Report(machine, server, city, measurements, started);
        Console.WriteLine();
        Console.WriteLine(report);
        if (options.WriteDocs)
        {
            var path = PerformanceDoc.Update(options.DocsPath, SectionKey, report);
            Console.WriteLine($"Updated {path}");
        }

        return measurements.All(m => m.Met != false) ? 0 : 2;
    }

    /// <summary>Writes the city into the freshly migrated database (and says what it wrote).</summary>
    protected abstract Task<TCity> GenerateAsync(BenchDatabase database, CancellationToken cancellationToken);

    /// <summary>The app's date when it starts.</summary>
    protected abstract DateOnly StartsOn(TCity city);

    /// <summary>The benchmark itself, on the started app.</summary>
    protected abstract Task<IReadOnlyList<Measurement>> MeasureAsync(TCity city, CancellationToken cancellationToken);

    /// <summary>The report's own part, between the machine and the SQL: the table of measurements and what it means.</summary>
    protected abstract void WriteResults(Action<FormattableString> line, TCity city, IReadOnlyList<Measurement> measurements);

    /// <summary>What to say after a statement in the SQL listing (nothing by default).</summary>
    protected virtual string SqlNote(string statement) => "";

    /// <summary>A client that acts as this user (the tests' authentication handler; roles come from the database).</summary>
    protected HttpClient Client(Guid userId) => App.CreateClientAs(userId);

    /// <summary>Sends a command through the app's pipeline in its own scope: as the system (as a job does), or anonymously.</summary>
    protected Task<T> SendAsync<T>(ICommand<T> command, CancellationToken cancellationToken, bool asSystem = true) =>
        InScopeAsync(sender => sender.Send(command, cancellationToken), asSystem);

    /// <summary>Sends a query through the app's pipeline in its own scope: as the system, or anonymously.</summary>
    protected Task<T> SendAsync<T>(IQuery<T> query, CancellationToken cancellationToken, bool asSystem = true) =>
        InScopeAsync(sender => sender.Send(query, cancellationToken), asSystem);

    protected Task VacuumAsync(string tables, CancellationToken cancellationToken) => Database.ExecuteAsync($"VACUUM ANALYZE {tables}", cancellationToken);

    /// <summary>The smallest and largest of some counts: "3" or "3–5".</summary>
    protected static string Range(IEnumerable<int> values)
    {
        var distinct = values.Distinct().Order().ToList();
        return distinct.Count == 0 ? "" : distinct.Count == 1 ? Invariant($"{distinct[0]}") : Invariant($"{distinct[0]}–{distinct[^1]}");
    }

    /// <summary>The warm runs' round trips, with commands and commits apart when there are commits.</summary>
    protected static string RoundTrips(Measurement m) =>
        Range(m.Warm.Select(s => s.RoundTrips)) + (m.Warm[0].Commits > 0 ? Invariant($" ({m.Warm[0].Commands} + {m.Warm[0].Commits} commit)") : "");

    protected static string MetText(Measurement m) => m.Met switch { true => "yes", false => "**no**", null => "" };

    /// <summary>
    /// Opens a cycle for its whole scope as the system (as the wheel's job does), cold and then <see cref="BenchOptions.Runs"/>
    /// times warm, each run on a fresh cycle created by <paramref name="create"/> on the same data (what the previous run
    /// created is deleted, then <c>VACUUM ANALYZE</c>); the result of each run is what opening created, counted in the
    /// database. Returns the measurement and the cycle the last run opened (left open).
    /// </summary>
    protected async Task<(Measurement Measurement, Guid CycleId)> OpenCycleAsync(string scale, CreateCycle.Command create, CancellationToken cancellationToken)
    {
        var measurement = new Measurement("OpenCycle (city scope)", scale, "< 2 s", TimeSpan.FromSeconds(2), null);
        Console.WriteLine($"(a) {measurement.Name}");
        var cycleId = Guid.Empty;
        for (var run = 0; run <= Options.Runs; run++)
        {
            if (run > 0)
            {
                await Database.ExecuteAsync(
                    $"""
                    DELETE FROM notifications WHERE kind = 'DialogueOpened' AND subject_id IN (SELECT id FROM dialogues WHERE cycle_id = '{cycleId}');
                    DELETE FROM dialogues WHERE cycle_id = '{cycleId}';
                    DELETE FROM dialogue_cycles WHERE id = '{cycleId}';
                    """,
                    cancellationToken);
                await VacuumAsync("dialogues, dialogue_goals, dialogue_follow_ups, notifications, dialogue_cycles", cancellationToken);
            }

            var cycle = await SendAsync(create, cancellationToken);
            cycleId = cycle.Id;
            await measurement.RunAsync(Counter, async () =>
            {
                var opened = await SendAsync(new OpenCycle.Command(cycle.Id, null), cancellationToken);
                return opened.Status.ToString();
            });
            var created = await OpenedAsync(cycleId, cancellationToken);
            measurement.Annotate(created);
            Console.WriteLine($"      → {created}");
        }

        return (measurement, cycleId);
    }

    /// <summary>
    /// Generates a cycle's summaries as the system, cold and then <see cref="BenchOptions.Runs"/> times warm, each from
    /// scratch: the summaries the run will write (the unit's, or all of the cycle's) are deleted first, published
    /// versions with them, then <c>VACUUM ANALYZE</c>.
    /// </summary>
    protected async Task GenerateSummariesAsync(Measurement measurement, Guid cycleId, Guid? unitId, CancellationToken cancellationToken)
    {
        Console.WriteLine($"(a) {measurement.Name}");
        var which = $"cycle_id = '{cycleId}'" + (unitId is { } id ? $" AND unit_id = '{id}'" : "");
        for (var run = 0; run <= Options.Runs; run++)
        {
            await Database.ExecuteAsync(
                $"""
                DELETE FROM summary_versions WHERE summary_id IN (SELECT id FROM summaries WHERE {which});
                DELETE FROM summaries WHERE {which};
                """,
                cancellationToken);
            await VacuumAsync("summaries, summary_versions", cancellationToken);
            await measurement.RunAsync(Counter, async () =>
            {
                var summaries = await SendAsync(new GenerateSummaries.Command(cycleId, unitId), cancellationToken);
                return Invariant($"{summaries.Count} {(summaries.Count == 1 ? "summary" : "summaries")}");
            });
        }
    }

    /// <summary>The id of a cycle's summary for a unit (the city, or an administration).</summary>
    protected async Task<Guid> SummaryIdAsync(Guid cycleId, Guid unitId, CancellationToken cancellationToken)
    {
        var summaries = await SendAsync(new ListCycleSummaries.Query(cycleId), cancellationToken);
        return summaries.Single(s => s.UnitId == unitId).Id;
    }

    /// <summary>What a summary's draft says, read after the timing: the figures, the recurring words, the comparison and the trend.</summary>
    protected async Task<string> DraftFactsAsync(Guid cycleId, Guid unitId, CancellationToken cancellationToken)
    {
        var summary = await SendAsync(new GetSummary.Query(await SummaryIdAsync(cycleId, unitId, cancellationToken)), cancellationToken);
        var facts = summary.Draft!.Facts;
        var f = facts.Figures;
        static string Words(IEnumerable<Core.Domain.Summaries.RecurringTopic> topics) => string.Join(", ", topics.Take(4).Select(t => Invariant($"{t.Term} {t.Dialogues}")));
        return Invariant(
            $"city: {f.Submitted + f.Held + f.Closed:N0} submitted of {f.Dialogues:N0}; challenges: {Words(facts.Challenges)} …; support: {Words(facts.SupportAsked)} …; ")
            + Invariant($"{facts.DialoguesAskingSupport:N0} asking support, {facts.LessonsShared:N0} sharing lessons; {facts.Parts.Count} parts, trend of {facts.Trend.Count}");
    }

    /// <summary>Adds to the result of the last sample (e.g. what was read after the timing).</summary>
    protected static void Annotate(Measurement measurement, string result)
    {
        measurement.Annotate($"{measurement.Samples[^1].Result}; {result}");
        Console.WriteLine($"      → {result}");
    }

    /// <summary>The table of timed operations: cold, warm median and range, runs, round trips, the last result and whether the target is met.</summary>
    protected static void WriteTable(Action<FormattableString> line, IEnumerable<Measurement> measurements)
    {
        line($"| Operation | Scale | Target | Cold (ms) | Warm median (ms) | Warm min–max (ms) | Runs | Round trips (warm) | Result (last run) | Met |");
        line($"|---|---|---|---:|---:|---:|---:|---:|---|---|");
        foreach (var m in measurements)
        {
            line(
                $"| {(m.IsComparison ? "↳ " : "")}{m.Name} | {m.Scale} | {m.Target} | {Measurement.Ms(m.Cold.Elapsed)} | {Measurement.Ms(m.WarmMedian)} | {Measurement.Ms(m.WarmMin)}–{Measurement.Ms(m.WarmMax)} | 1 + {m.Warm.Count} | {RoundTrips(m)} | {m.Samples[^1].Result} | {MetText(m)} |");
        }
    }

    private async Task<T> InScopeAsync<T>(Func<ISender, ValueTask<T>> send, bool asSystem)
    {
        await using var scope = App.Services.CreateAsyncScope();
        if (asSystem)
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        }

        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    /// <summary>What opening a cycle created, counted in the database after each run.</summary>
    private async Task<string> OpenedAsync(Guid cycleId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT (SELECT count(*) FROM dialogues WHERE cycle_id = '{cycleId}'),
                   (SELECT count(*) FROM dialogue_goals g JOIN dialogues d ON d.id = g.dialogue_id WHERE d.cycle_id = '{cycleId}'),
                   (SELECT count(*) FROM dialogue_follow_ups f JOIN dialogues d ON d.id = f.dialogue_id WHERE d.cycle_id = '{cycleId}'),
                   (SELECT count(*) FROM notifications n JOIN dialogues d ON d.id = n.subject_id WHERE d.cycle_id = '{cycleId}' AND n.kind = 'DialogueOpened')
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return Invariant($"{reader.GetInt64(0):N0} dialogues, {reader.GetInt64(1):N0} goals, {reader.GetInt64(2):N0} carried agreements, {reader.GetInt64(3):N0} notifications");
    }

    private string Report(MachineInfo machine, string server, TCity city, IReadOnlyList<Measurement> measurements, DateTimeOffset started)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        Line($"Measured {started:yyyy-MM-dd HH:mm} UTC with `{options.CommandLine}`.");
        Line($"");
        Line($"Machine: {machine.Cpu}, {machine.Cores} cores, {machine.Memory} RAM; {machine.Os}; {machine.Dotnet}; PostgreSQL {server} on the same machine. Load average at the start: {machine.LoadAverage}.");
        Line($"");
        WriteResults(Line, city, measurements);
        foreach (var m in measurements.Where(m => m.Samples.Count > 0 && !m.IsComparison))
        {
            var statements = m.Samples[^1].Statements;
            Line($"");
            Line($"<details><summary>SQL of {m.Name} (last run, {statements.Count} commands)</summary>");
            Line($"");
            for (var i = 0; i < statements.Count; i++)
            {
                Line($"{i + 1}. `{statements[i].Replace('`', '\'')}`{SqlNote(statements[i])}");
            }

            Line($"");
            Line($"</details>");
        }

        return text.ToString().TrimEnd();
    }
}

using System.Globalization;
using System.Text;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.TestSupport;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace GovernanceDialogue.Benchmarks;

/// <summary>
/// What every benchmark does around its own measurements: a freshly created database with the generated city, the
/// real app on it (hosted by the tests' factory) with the <see cref="SqlCounter"/> on its DbContext, and a report
/// printed and written into the benchmark's section of <c>docs/performance.md</c>.
/// </summary>
public abstract class CityBenchmark(BenchOptions options) : IAsyncDisposable
{
    private GovernanceAppFactory? app;
    private BenchDatabase? database;

    protected BenchOptions Options => options;

    protected SqlCounter Counter { get; } = new();

    protected GovernanceAppFactory App => app ?? throw new InvalidOperationException("The app starts in RunAsync.");

    protected BenchDatabase Database => database ?? throw new InvalidOperationException("The database is created in RunAsync.");

    /// <summary>The section of <c>docs/performance.md</c> this benchmark rewrites.</summary>
    protected abstract string SectionKey { get; }

    /// <summary>The city to generate.</summary>
    protected abstract CityShape Shape { get; }

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

        var city = await new CityGenerator(database.ConnectionString, Shape).GenerateAsync(cancellationToken);
        Console.WriteLine(
            Invariant($"Generated {city.Units:N0} units in {city.AdministrationIds.Count} administrations in {city.Elapsed.TotalSeconds:0.0} s: {city.RowSummary}"));
        if (city.Content is { } content)
        {
            Console.WriteLine($"Spring cycle: {content}");
        }

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

    /// <summary>The app's date when it starts.</summary>
    protected abstract DateOnly StartsOn(GeneratedCity city);

    /// <summary>The benchmark itself, on the started app.</summary>
    protected abstract Task<IReadOnlyList<Measurement>> MeasureAsync(GeneratedCity city, CancellationToken cancellationToken);

    /// <summary>The report's own part, between the machine and the SQL: the table of measurements and what it means.</summary>
    protected abstract void WriteResults(Action<FormattableString> line, GeneratedCity city, IReadOnlyList<Measurement> measurements);

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

    private async Task<T> InScopeAsync<T>(Func<ISender, ValueTask<T>> send, bool asSystem)
    {
        await using var scope = App.Services.CreateAsyncScope();
        if (asSystem)
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        }

        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    private string Report(MachineInfo machine, string server, GeneratedCity city, IReadOnlyList<Measurement> measurements, DateTimeOffset started)
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

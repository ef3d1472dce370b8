using System.Globalization;
using System.Text;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Notifications;
using GovernanceDialogue.Core.Persistence;
using GovernanceDialogue.TestSupport;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static System.FormattableString;

namespace GovernanceDialogue.Benchmarks;

/// <summary>
/// Issue 5: opening a cycle for 2,000 units (under 2 s), computing reminders for 2,000 units (under 1 s), and a
/// cycle overview for an administration of 200 units in a few queries, never one per unit. Everything runs through
/// the real app (hosted by the tests' factory on the benchmark's database): the mediator pipeline with
/// authorisation, validation, the transaction and the audit entry, acting as the system as the jobs do; the overview
/// also over HTTP as the administration's executive.
/// </summary>
public sealed class DialogueCycleBenchmark(BenchOptions options) : IAsyncDisposable
{
    public const string SectionKey = "dialogues";

    /// <summary>The autumn cycle that is opened again and again: dates in the generated year, after the spring cycle.</summary>
    private static CreateCycle.Command AutumnCycle(GeneratedCity city)
    {
        var opens = new DateOnly(city.Shape.Year, 9, 1);
        return new CreateCycle.Command(city.CityId, $"Höst {city.Shape.Year}", null, opens, opens.AddDays(28), opens.AddDays(29), opens.AddDays(75), opens.AddDays(90));
    }

    private readonly SqlCounter counter = new();
    private GovernanceAppFactory app = default!;
    private BenchDatabase database = default!;

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var machine = MachineInfo.Collect();
        var started = DateTimeOffset.UtcNow;
        Console.WriteLine($"Machine: {machine.Cores} cores, {machine.Memory}, {machine.Os}, {machine.Dotnet}; load average {machine.LoadAverage}");
        database = await BenchDatabase.RecreateAsync(options.Database, cancellationToken);
        var server = await database.ServerAsync(cancellationToken);
        Console.WriteLine($"Database {database.Name}: PostgreSQL {server}");

        var shape = new CityShape();
        var city = await new CityGenerator(database.ConnectionString, shape).GenerateAsync(cancellationToken);
        Console.WriteLine(
            Invariant($"Generated {city.Units:N0} units in {city.AdministrationIds.Count} administrations in {city.Elapsed.TotalSeconds:0.0} s: {city.RowSummary}"));

        app = new GovernanceAppFactory(
            database.ConnectionString,
            configureServices: services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(counter)),
            settings: new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Warning" });
        var cycleCommand = AutumnCycle(city);
        app.Clock.AdjustTime(CityGenerator.At(cycleCommand.OpensOn!.Value));
        _ = app.Services;

        var measurements = new List<Measurement>();
        var (open, cycleId) = await OpenCycleAsync(city, cycleCommand, cancellationToken);
        measurements.Add(open);

        // Every dialogue is still being prepared: all 2,000 managers are reminded, and after the deadline all are overdue.
        app.Clock.AdjustTime(CityGenerator.At(cycleCommand.PreparationDueOn!.Value.AddDays(-3)));
        measurements.Add(await RemindersAsync(city, cancellationToken));
        app.Clock.AdjustTime(CityGenerator.At(cycleCommand.PreparationDueOn!.Value.AddDays(1)));
        measurements.Add(await OverdueAsync(city, cycleId, cancellationToken));
        await ArrangeProgressAsync(cycleId, cancellationToken);

        measurements.AddRange(await OverviewAsync(city, cycleId, cancellationToken));

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

    private async Task<(Measurement Measurement, Guid CycleId)> OpenCycleAsync(GeneratedCity city, CreateCycle.Command create, CancellationToken cancellationToken)
    {
        var measurement = new Measurement("OpenCycle (city scope)", Invariant($"{city.Units:N0} units"), "< 2 s", TimeSpan.FromSeconds(2), null);
        Console.WriteLine($"(a) {measurement.Name}");
        var cycleId = Guid.Empty;
        for (var run = 0; run <= options.Runs; run++)
        {
            if (run > 0)
            {
                // Each run opens a fresh cycle on the same data: what the previous run created goes.
                await database.ExecuteAsync(
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
            await measurement.RunAsync(counter, async () =>
            {
                var opened = await SendAsync(new OpenCycle.Command(cycle.Id, null), cancellationToken);
                return opened.Status.ToString();
            });
            var created = await CountsAsync(cycleId, cancellationToken);
            Replace(measurement, created);
        }

        return (measurement, cycleId);
    }

    /// <summary>For the overview: some dialogues have moved on (a quarter submitted late, a tenth held), as in a real cycle.</summary>
    private async Task ArrangeProgressAsync(Guid cycleId, CancellationToken cancellationToken)
    {
        await database.ExecuteAsync(
            $"""
            UPDATE dialogues d SET status = CASE WHEN x.n % 10 = 1 THEN 'Held' ELSE 'Submitted' END,
                   submitted_at = d.created_at + interval '28 days', submitted_by = '{CityGenerator.By}',
                   held_on = CASE WHEN x.n % 10 = 1 THEN (d.created_at + interval '29 days')::date END,
                   held_at = CASE WHEN x.n % 10 = 1 THEN d.created_at + interval '29 days' END,
                   held_by = CASE WHEN x.n % 10 = 1 THEN '{CityGenerator.By}' END
            FROM (SELECT id, row_number() OVER (ORDER BY unit_id) AS n FROM dialogues WHERE cycle_id = '{cycleId}') x
            WHERE d.id = x.id AND (x.n % 4 = 0 OR x.n % 10 = 1)
            """,
            cancellationToken);
        await VacuumAsync("dialogues", cancellationToken);
    }

    private async Task<Measurement> RemindersAsync(GeneratedCity city, CancellationToken cancellationToken)
    {
        var measurement = new Measurement("SendPreparationReminders", Invariant($"{city.Units:N0} units"), "< 1 s", TimeSpan.FromSeconds(1), null);
        Console.WriteLine($"(b) {measurement.Name}");
        for (var run = 0; run <= options.Runs; run++)
        {
            await database.ExecuteAsync("DELETE FROM notifications WHERE kind = 'PreparationReminder'", cancellationToken);
            await VacuumAsync("notifications", cancellationToken);
            await measurement.RunAsync(counter, async () => Invariant($"{await SendAsync(new SendPreparationReminders.Command(), cancellationToken):N0} reminders"));
        }

        return measurement;
    }

    private async Task<Measurement> OverdueAsync(GeneratedCity city, Guid cycleId, CancellationToken cancellationToken)
    {
        var measurement = new Measurement("MarkOverdueDialogues (+ executives' digests)", Invariant($"{city.Units:N0} units"), "< 1 s", TimeSpan.FromSeconds(1), null);
        Console.WriteLine($"(b) {measurement.Name}");
        for (var run = 0; run <= options.Runs; run++)
        {
            await database.ExecuteAsync(
                $"""
                UPDATE dialogues SET overdue_since = NULL WHERE cycle_id = '{cycleId}' AND overdue_since IS NOT NULL;
                DELETE FROM notifications WHERE kind = 'OverdueDigest';
                """,
                cancellationToken);
            await VacuumAsync("dialogues, notifications", cancellationToken);
            await measurement.RunAsync(counter, async () =>
            {
                var response = await SendAsync(new MarkOverdueDialogues.Command(), cancellationToken);
                return Invariant($"{response.MarkedOverdue:N0} marked overdue, {response.Digests} digests");
            });
        }

        return measurement;
    }

    private async Task<IReadOnlyList<Measurement>> OverviewAsync(
        GeneratedCity city, Guid cycleId, CancellationToken cancellationToken)
    {
        Console.WriteLine("(c) Cycle overview");
        var small = city.MeasuredAdministrationId;
        var largeIndex = city.LargestAdministrationIndex;
        var large = city.AdministrationIds[largeIndex];
        var smallUnits = Invariant($"{city.MeasuredAdministrationUnits:N0} units");
        var largeUnits = Invariant($"{city.Shape.AdministrationSizes[largeIndex]:N0} units");
        var cityUnits = Invariant($"{city.Units:N0} units");
        const string few = "a few queries, none per unit";

        Measurement Compared(string name, string scale) => new(name, scale, "(comparison)") { IsComparison = true };
        var progressCity = Compared("GetCycleProgress, whole city", cityUnits);
        var progress = new Measurement("GetCycleProgress, administration", smallUnits, few, sameRoundTripsAs: progressCity);
        var listCity = Compared("ListCycleDialogues, whole city (page of 50)", cityUnits);
        var list = new Measurement("ListCycleDialogues, administration (page of 50)", smallUnits, few, sameRoundTripsAs: listCity);
        var apiLarge = Compared("GET /api/v1/cycles/{id}/progress, largest administration", largeUnits);
        var api = new Measurement("GET /api/v1/cycles/{id}/progress as the executive", smallUnits, few, sameRoundTripsAs: apiLarge);
        var pageLarge = Compared("GET /cycles/{id}?unit=, largest administration", largeUnits);
        var page = new Measurement("GET /cycles/{id}?unit= (overview page) as the executive", smallUnits, few, sameRoundTripsAs: pageLarge);

        using var smallExecutive = Client(city.Executives[small]);
        using var largeExecutive = Client(city.Executives[large]);
        var runs = Math.Max(options.Runs, 10);
        for (var run = 0; run <= runs; run++)
        {
            foreach (var (measurement, unitId) in new[] { (progress, small), (progressCity, city.CityId) })
            {
                await measurement.RunAsync(counter, async () =>
                {
                    var dto = await SendAsync(new GetCycleProgress.Query(cycleId, unitId), cancellationToken);
                    return Invariant($"{dto.Totals.Total} dialogues, {dto.Groups.Count} groups, {dto.Overdue.Count} overdue listed");
                });
            }

            foreach (var (measurement, unitId) in new[] { (list, small), (listCity, city.CityId) })
            {
                await measurement.RunAsync(counter, async () =>
                {
                    var paged = await SendAsync(new ListCycleDialogues.Query(cycleId, unitId, PageSize: 50), cancellationToken);
                    return Invariant($"{paged.Items.Count} of {paged.TotalCount} dialogues");
                });
            }

            foreach (var (measurement, client, unitId) in new[] { (api, smallExecutive, small), (apiLarge, largeExecutive, large) })
            {
                await measurement.RunAsync(counter, () => BenchHttp.GetAsync(client, $"/api/v1/cycles/{cycleId}/progress?unitId={unitId}", cancellationToken));
            }

            foreach (var (measurement, client, unitId) in new[] { (page, smallExecutive, small), (pageLarge, largeExecutive, large) })
            {
                await measurement.RunAsync(counter, () => BenchHttp.GetAsync(client, $"/cycles/{cycleId}?unit={unitId}", cancellationToken));
            }
        }

        return [progress, progressCity, list, listCity, api, apiLarge, page, pageLarge];
    }

    /// <summary>A client that acts as this user (the tests' authentication handler; roles come from the database).</summary>
    private HttpClient Client(Guid userId)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.Header, userId.ToString());
        return client;
    }

    /// <summary>Sends a command or query through the app's pipeline as the system, in its own scope (as a job does).</summary>
    private async Task<T> SendAsync<T>(IMessage message, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetSystem();
        return (T)(await scope.ServiceProvider.GetRequiredService<ISender>().Send(message, cancellationToken))!;
    }

    private Task<CycleDto> SendAsync(CreateCycle.Command command, CancellationToken cancellationToken) => SendAsync<CycleDto>(command, cancellationToken);

    private Task<CycleDto> SendAsync(OpenCycle.Command command, CancellationToken cancellationToken) => SendAsync<CycleDto>(command, cancellationToken);

    private Task<int> SendAsync(SendPreparationReminders.Command command, CancellationToken cancellationToken) => SendAsync<int>(command, cancellationToken);

    private Task<MarkOverdueDialogues.Response> SendAsync(MarkOverdueDialogues.Command command, CancellationToken cancellationToken) =>
        SendAsync<MarkOverdueDialogues.Response>(command, cancellationToken);

    private Task<CycleProgressDto> SendAsync(GetCycleProgress.Query query, CancellationToken cancellationToken) => SendAsync<CycleProgressDto>(query, cancellationToken);

    private Task<Core.Common.Paging.PagedList<DialogueSummaryDto>> SendAsync(ListCycleDialogues.Query query, CancellationToken cancellationToken) =>
        SendAsync<Core.Common.Paging.PagedList<DialogueSummaryDto>>(query, cancellationToken);

    /// <summary>What opening created, checked in the database after each run.</summary>
    private async Task<string> CountsAsync(Guid cycleId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
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

    private static void Replace(Measurement measurement, string result)
    {
        measurement.Annotate(result);
        Console.WriteLine($"      → {result}");
    }

    private Task VacuumAsync(string tables, CancellationToken cancellationToken) => database.ExecuteAsync($"VACUUM ANALYZE {tables}", cancellationToken);

    private string Report(MachineInfo machine, string server, GeneratedCity city, IReadOnlyList<Measurement> measurements, DateTimeOffset started)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        Line($"Measured {started:yyyy-MM-dd HH:mm} UTC with `{options.CommandLine}`.");
        Line($"");
        Line($"Machine: {machine.Cpu}, {machine.Cores} cores, {machine.Memory} RAM; {machine.Os}; {machine.Dotnet}; PostgreSQL {server} on the same machine. Load average at the start: {machine.LoadAverage}.");
        Line($"");
        Line($"| Operation | Scale | Target | Cold (ms) | Warm median (ms) | Warm min–max (ms) | Runs | Round trips (warm) | Result (last run) | Met |");
        Line($"|---|---|---|---:|---:|---:|---:|---:|---|---|");
        foreach (var m in measurements)
        {
            var trips = m.Warm.Select(s => s.RoundTrips).Distinct().Order().ToList();
            var tripText = string.Join("–", trips.Count > 1 ? [trips[0], trips[^1]] : trips)
                + (m.Warm[0].Commits > 0 ? Invariant($" ({m.Warm[0].Commands} + {m.Warm[0].Commits} commit)") : "");
            var met = m.Met switch { true => "yes", false => "**no**", null => "" };
            Line(
                $"| {(m.IsComparison ? "↳ " : "")}{m.Name} | {m.Scale} | {m.Target} | {Measurement.Ms(m.Cold.Elapsed)} | {Measurement.Ms(m.WarmMedian)} | {Measurement.Ms(m.WarmMin)}–{Measurement.Ms(m.WarmMax)} | 1 + {m.Warm.Count} | {tripText} | {m.Samples[^1].Result} | {met} |");
        }

        Line($"");
        Line($"Cold: the first execution in the process (JIT, EF query compilation). Warm: {options.Runs} runs of each command, {Math.Max(options.Runs, 10)} of each read; every command run starts from the same data (what the previous run created is deleted, then `VACUUM ANALYZE`). Met: the warm median is under the time target; for the reads, the same number of round trips as on the larger part below it (↳), in every warm run. A round trip is one SQL command or a commit (Npgsql sends BEGIN with the next command).");
        Line($"");
        Line($"Data (generated in {city.Elapsed.TotalSeconds:0.0} s, seed {city.Shape.Seed}): 1 city, {city.AdministrationIds.Count} administrations of {string.Join(", ", city.Shape.AdministrationSizes)} units (in sections of {city.Shape.SectionSize}); rows: {city.RowSummary}.");
        foreach (var m in measurements.Where(m => !m.IsComparison))
        {
            var statements = m.Samples[^1].Statements;
            Line($"");
            Line($"<details><summary>SQL of {m.Name} (last run, {statements.Count} commands)</summary>");
            Line($"");
            for (var i = 0; i < statements.Count; i++)
            {
                Line($"{i + 1}. `{statements[i].Replace('`', '\'')}`");
            }

            Line($"");
            Line($"</details>");
        }

        return text.ToString().TrimEnd();
    }
}

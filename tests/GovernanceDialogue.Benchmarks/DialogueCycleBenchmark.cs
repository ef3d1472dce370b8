using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Notifications;
using static System.FormattableString;

namespace GovernanceDialogue.Benchmarks;

/// <summary>
/// Issue 5: opening a cycle for 2,000 units (under 2 s), computing reminders for 2,000 units (under 1 s), and a
/// cycle overview for an administration of 200 units in a few queries, never one per unit. Everything runs through
/// the real app (hosted by the tests' factory on the benchmark's database): the mediator pipeline with
/// authorisation, validation, the transaction and the audit entry, acting as the system as the jobs do; the overview
/// also over HTTP as the administration's executive.
/// </summary>
public sealed class DialogueCycleBenchmark(BenchOptions options) : CityBenchmark(options)
{
    public const string Key = "dialogues";

    protected override string SectionKey => Key;

    protected override CityShape Shape { get; } = new();

    /// <summary>The autumn cycle that is opened again and again: dates in the generated year, after the spring cycle.</summary>
    private static CreateCycle.Command AutumnCycle(GeneratedCity city)
    {
        var opens = new DateOnly(city.Shape.Year, 9, 1);
        return new CreateCycle.Command(city.CityId, $"Höst {city.Shape.Year}", null, opens, opens.AddDays(28), opens.AddDays(29), opens.AddDays(75), opens.AddDays(90));
    }

    protected override DateOnly StartsOn(GeneratedCity city) => AutumnCycle(city).OpensOn!.Value;

    protected override async Task<IReadOnlyList<Measurement>> MeasureAsync(GeneratedCity city, CancellationToken cancellationToken)
    {
        var cycleCommand = AutumnCycle(city);
        var measurements = new List<Measurement>();
        var (open, cycleId) = await OpenCycleAsync(Invariant($"{city.Units:N0} units"), cycleCommand, cancellationToken);
        measurements.Add(open);

        // Every dialogue is still being prepared: all 2,000 managers are reminded, and after the deadline all are overdue.
        App.Clock.AdjustTime(CityGenerator.At(cycleCommand.PreparationDueOn!.Value.AddDays(-3)));
        measurements.Add(await RemindersAsync(city, cancellationToken));
        App.Clock.AdjustTime(CityGenerator.At(cycleCommand.PreparationDueOn!.Value.AddDays(1)));
        measurements.Add(await OverdueAsync(city, cycleId, cancellationToken));
        await ArrangeProgressAsync(cycleId, cancellationToken);

        measurements.AddRange(await OverviewAsync(city, cycleId, cancellationToken));
        return measurements;
    }

    /// <summary>For the overview: some dialogues have moved on (a quarter submitted late, a tenth held), as in a real cycle.</summary>
    private async Task ArrangeProgressAsync(Guid cycleId, CancellationToken cancellationToken)
    {
        await Database.ExecuteAsync(
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
        for (var run = 0; run <= Options.Runs; run++)
        {
            await Database.ExecuteAsync("DELETE FROM notifications WHERE kind = 'PreparationReminder'", cancellationToken);
            await VacuumAsync("notifications", cancellationToken);
            await measurement.RunAsync(Counter, async () => Invariant($"{await SendAsync(new SendPreparationReminders.Command(), cancellationToken):N0} reminders"));
        }

        return measurement;
    }

    private async Task<Measurement> OverdueAsync(GeneratedCity city, Guid cycleId, CancellationToken cancellationToken)
    {
        var measurement = new Measurement("MarkOverdueDialogues (+ executives' digests)", Invariant($"{city.Units:N0} units"), "< 1 s", TimeSpan.FromSeconds(1), null);
        Console.WriteLine($"(b) {measurement.Name}");
        for (var run = 0; run <= Options.Runs; run++)
        {
            await Database.ExecuteAsync(
                $"""
                UPDATE dialogues SET overdue_since = NULL WHERE cycle_id = '{cycleId}' AND overdue_since IS NOT NULL;
                DELETE FROM notifications WHERE kind = 'OverdueDigest';
                """,
                cancellationToken);
            await VacuumAsync("dialogues, notifications", cancellationToken);
            await measurement.RunAsync(Counter, async () =>
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
        var runs = Math.Max(Options.Runs, 10);
        for (var run = 0; run <= runs; run++)
        {
            foreach (var (measurement, unitId) in new[] { (progress, small), (progressCity, city.CityId) })
            {
                await measurement.RunAsync(Counter, async () =>
                {
                    var dto = await SendAsync(new GetCycleProgress.Query(cycleId, unitId), cancellationToken);
                    return Invariant($"{dto.Totals.Total} dialogues, {dto.Groups.Count} groups, {dto.Overdue.Count} overdue listed");
                });
            }

            foreach (var (measurement, unitId) in new[] { (list, small), (listCity, city.CityId) })
            {
                await measurement.RunAsync(Counter, async () =>
                {
                    var paged = await SendAsync(new ListCycleDialogues.Query(cycleId, unitId, PageSize: 50), cancellationToken);
                    return Invariant($"{paged.Items.Count} of {paged.TotalCount} dialogues");
                });
            }

            foreach (var (measurement, client, unitId) in new[] { (api, smallExecutive, small), (apiLarge, largeExecutive, large) })
            {
                await measurement.RunAsync(Counter, () => BenchHttp.GetAsync(client, $"/api/v1/cycles/{cycleId}/progress?unitId={unitId}", cancellationToken));
            }

            foreach (var (measurement, client, unitId) in new[] { (page, smallExecutive, small), (pageLarge, largeExecutive, large) })
            {
                await measurement.RunAsync(Counter, () => BenchHttp.GetAsync(client, $"/cycles/{cycleId}?unit={unitId}", cancellationToken));
            }
        }

        return [progress, progressCity, list, listCity, api, apiLarge, page, pageLarge];
    }

    protected override void WriteResults(Action<FormattableString> line, GeneratedCity city, IReadOnlyList<Measurement> measurements)
    {
        WriteTable(line, measurements);

        line($"");
        line($"Cold: the first execution in the process (JIT, EF query compilation). Warm: {Options.Runs} runs of each command, {Math.Max(Options.Runs, 10)} of each read; every command run starts from the same data (what the previous run created is deleted, then `VACUUM ANALYZE`). Met: the warm median is under the time target; for the reads, the same number of round trips as on the larger part below it (↳), in every warm run. A round trip is one SQL command or a commit (Npgsql sends BEGIN with the next command).");
        line($"");
        line($"Data (generated in {city.Elapsed.TotalSeconds:0.0} s, seed {city.Shape.Seed}): 1 city, {city.AdministrationIds.Count} administrations of {string.Join(", ", city.Shape.AdministrationSizes)} units (in sections of {city.Shape.SectionSize}); rows: {city.RowSummary}.");
    }
}

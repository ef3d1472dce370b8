using GovernanceDialogue.Benchmarks;

// Subcommands: each benchmark is one. The HTTP load run (issue 8) is load.sh beside this file: it runs "large-city"
// here, the app and the raw-Npgsql floor (GovernanceDialogue.Benchmarks.Floor) and wrk.
(string Name, string Description, Func<BenchOptions, CancellationToken, Task<int>> Run)[] commands =
[
    ("dialogues", "issue 5: open a cycle for 2,000 units, reminders and overdue marking, the overview of a 200-unit administration",
        async (options, cancel) =>
        {
            await using var benchmark = new DialogueCycleBenchmark(options);
            return await benchmark.RunAsync(cancel);
        }),
    ("summaries", "issue 6: generate the summaries of a closed cycle of 2,000 dialogues, write, publish and read the city's",
        async (options, cancel) =>
        {
            await using var benchmark = new SummaryBenchmark(options);
            return await benchmark.RunAsync(cancel);
        }),
    ("generate", "only (re)create the benchmark database with the generated city, e.g. to explore it with psql (--content: as for summaries)",
        async (options, cancel) =>
        {
            var database = await BenchDatabase.RecreateAsync(options.Database, cancel);
            var city = await new CityGenerator(database.ConnectionString, new CityShape { WithDialogueContent = options.WithContent }).GenerateAsync(cancel);
            Console.WriteLine(FormattableString.Invariant($"{database.Name}: {city.Units:N0} units in {city.Elapsed.TotalSeconds:0.0} s; {city.RowSummary}"));
            if (city.Content is { } content)
            {
                Console.WriteLine($"Spring cycle {city.PreviousCycleId}: {content}");
            }

            return 0;
        }),
    ("large-city-writes", "issue 8: on the large city, the city summary draft of the last closed cycle and opening the next cycle for 2,000 units",
        async (options, cancel) =>
        {
            await using var benchmark = new LargeCityWritesBenchmark(options);
            return await benchmark.RunAsync(cancel);
        }),
    ("large-city", "issue 8: (re)create the database with the large city (40 administrations, 2,000 units, 10 years, 40,000 dialogues) by COPY; --ids FILE writes what load.sh reads",
        async (options, cancel) =>
        {
            var database = await BenchDatabase.RecreateAsync(options.Database, cancel);
            var city = await new LargeCityGenerator(database.ConnectionString, new LargeCityShape()).GenerateAsync(cancel);
            Console.WriteLine(FormattableString.Invariant($"{database.Name}: the large city in {city.Elapsed.TotalSeconds:0.0} s (COPY and VACUUM ANALYZE); {city.RowSummary}"));
            if (options.IdsPath is { } path)
            {
                await File.WriteAllLinesAsync(path, LargeCityIds.Lines(database, city), cancel);
                Console.WriteLine($"Wrote {path}");
            }

            return 0;
        }),
];

// load.sh's last step: its wrk results into the "load" section of docs/performance.md (its own arguments).
if (args.Length > 1 && args[0] == "load-report")
{
    return LoadReport.Run(args);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 64;
}

var chosen = commands.FirstOrDefault(c => c.Name == options.Command);
if (chosen.Run is null)
{
    Console.WriteLine("Usage: dotnet run -c Release --project tests/GovernanceDialogue.Benchmarks -- <command> [options]");
    Console.WriteLine();
    foreach (var (name, description, _) in commands)
    {
        Console.WriteLine($"  {name,-17} {description}");
    }

    Console.WriteLine();
    Console.WriteLine($"  --runs N          warm runs after the cold one (default {BenchOptions.DefaultRuns})");
    Console.WriteLine($"  --database NAME   the database to drop and recreate (default {BenchOptions.DefaultDatabase})");
    Console.WriteLine("  --no-docs         do not write the results into docs/performance.md");
    Console.WriteLine("  --docs PATH       write them into another file");
    Console.WriteLine("  --content         generate: with dialogue content (answers, themes, earlier cycles), as summaries does");
    Console.WriteLine("  load-report RESULTS  (load.sh's last step) write its wrk results into docs/performance.md");
    Console.WriteLine("  --ids FILE        large-city: write the ids, token and sign-in the load benchmark uses (KEY=value lines)");
    Console.WriteLine();
    Console.WriteLine($"PostgreSQL: {BenchDatabase.EnvironmentVariable} or GOVERNANCE_TEST_POSTGRES, a connection string that may create databases.");
    return options.Command == "help" ? 0 : 64;
}

// The docs are found from where the command was started; then the working directory becomes the output folder,
// where WebApplicationFactory looks for MvcTestingAppManifest.json (the web project's content root), as under dotnet test.
if (options.WriteDocs)
{
    options = options with { DocsPath = Path.GetFullPath(options.DocsPath ?? Path.Combine(PerformanceDoc.RepositoryRoot(), PerformanceDoc.RelativePath)) };
}

Directory.SetCurrentDirectory(AppContext.BaseDirectory);

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await chosen.Run(options, cancel.Token);

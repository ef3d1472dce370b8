using System.Globalization;

namespace GovernanceDialogue.Benchmarks;

/// <summary>The command line: <c>&lt;subcommand&gt; [--runs N] [--database NAME] [--no-docs] [--docs PATH] [--content] [--ids FILE]</c>.</summary>
public sealed record BenchOptions(string Command, int Runs, string Database, bool WriteDocs, string? DocsPath, string CommandLine, bool WithContent = false, string? IdsPath = null)
{
    public const int DefaultRuns = 5;
    public const string DefaultDatabase = "gd_bench";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var command = args.Count > 0 && !args[0].StartsWith('-') ? args[0] : "help";
        int runs = DefaultRuns;
        var database = DefaultDatabase;
        var writeDocs = true;
        string? docs = null;
        var content = false;
        string? ids = null;
        for (var i = command == "help" && (args.Count == 0 || args[0].StartsWith('-')) ? 0 : 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--runs" when i + 1 < args.Count && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n >= 1:
                    runs = n;
                    i++;
                    break;
                case "--database" when i + 1 < args.Count:
                    database = args[++i];
                    break;
                case "--docs" when i + 1 < args.Count:
                    docs = args[++i];
                    break;
                case "--no-docs":
                    writeDocs = false;
                    break;
                case "--ids" when i + 1 < args.Count:
                    ids = Path.GetFullPath(args[++i]);
                    break;
                case "--content":
                    content = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown or incomplete option '{args[i]}'.");
            }
        }

        var line = "dotnet run -c Release --project tests/GovernanceDialogue.Benchmarks -- " + string.Join(' ', args);
        return new BenchOptions(command, runs, database, writeDocs, docs, line.TrimEnd(), content, ids);
    }
}

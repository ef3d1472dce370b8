using System.Globalization;
using System.Text;
using static System.FormattableString;

namespace GovernanceDialogue.Benchmarks;

/// <summary>
/// Turns load.sh's wrk results into the "load" section of <c>docs/performance.md</c>: for each read the app's and the
/// floor's requests per second, p50 and p99, errors and the app's peak resident memory while it ran, the app as a share
/// of the floor's throughput, and the targets of issue 8.
/// </summary>
/// <remarks>
/// Input: one tab-separated line per read: name, path, how the app was asked, then the app's and the floor's
/// "requests duration_µs p50_µs p99_µs errors bytes peak_rss_kB" (space-separated, as load.sh prints them).
/// </remarks>
public static class LoadReport
{
    public const string SectionKey = "load";
    public const double P99TargetMs = 100;
    public const double FloorShareTarget = 0.5;
    public const double MemoryTargetMb = 400;

    private sealed record Side(long Requests, double Seconds, double P50Ms, double P99Ms, long Errors, long Bytes, double RssMb)
    {
        public double PerSecond => Requests / Seconds;

        public static Side Parse(string text)
        {
            var f = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => long.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            return new Side(f[0], f[1] / 1e6, f[2] / 1e3, f[3] / 1e3, f[4], f[5], f[6] / 1024.0);
        }
    }

    /// <summary>
    /// <c>load-report RESULTS [--app-peak-kb N] [--load TEXT] [--wrk TEXT] [--generated SECONDS] [--rows TEXT] [--no-docs] [--docs PATH]</c>;
    /// 0 when every target is met, 2 otherwise.
    /// </summary>
    public static int Run(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>();
        var writeDocs = true;
        for (var i = 2; i < args.Count; i++)
        {
            if (args[i] == "--no-docs")
            {
                writeDocs = false;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count)
            {
                options[args[i][2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unknown or incomplete option '{args[i]}'.");
            }
        }

        var lines = File.ReadAllLines(args[1]).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        var rows = lines.Select(l => (Name: l[0], Path: l[1], Auth: l[2], App: Side.Parse(l[3]), Floor: Side.Parse(l[4]))).ToList();
        var appPeakMb = options.TryGetValue("app-peak-kb", out var hwm) ? long.Parse(hwm, CultureInfo.InvariantCulture) / 1024.0 : rows.Max(r => r.App.RssMb);
        var machine = MachineInfo.Collect();

        var md = new StringBuilder();
        md.AppendLine(Invariant($"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `tests/GovernanceDialogue.Benchmarks/load.sh` (`{options.GetValueOrDefault("wrk", "wrk")}` per read and program, after 5 s of warm-up each)."));
        md.AppendLine();
        md.AppendLine(Invariant($"Machine: {machine.Cpu}, {machine.Cores} cores, {machine.Memory} RAM; {machine.Os}; {machine.Dotnet}; app, floor, PostgreSQL and wrk on the same machine. Load average (1, 5, 15 min) at the start and end of the measured runs: {options.GetValueOrDefault("load", machine.LoadAverage)}."));
        md.AppendLine();
        if (options.TryGetValue("generated", out var seconds))
        {
            md.AppendLine(Invariant($"The large city was generated (binary COPY, then VACUUM ANALYZE) in {seconds} s (target < 120 s): {options.GetValueOrDefault("rows", "")}."));
            md.AppendLine();
        }

        md.AppendLine("| Read | App req/s | App p50 (ms) | App p99 (ms) | App errors | App peak RSS (MB) | Floor req/s | Floor p50 (ms) | Floor p99 (ms) | Floor errors | App ÷ floor | p99 < 100 ms | ≥ 50 % of floor |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        var missed = false;
        foreach (var (name, path, auth, app, floor) in rows)
        {
            var share = app.PerSecond / floor.PerSecond;
            var p99Met = app.P99Ms < P99TargetMs && app.Errors == 0;
            var shareMet = share >= FloorShareTarget;
            missed |= !p99Met || !shareMet;
            md.AppendLine(Invariant(
                $"| {name}<br>`GET {Shorten(path)}` ({auth}) | {app.PerSecond:N0} | {app.P50Ms:0.0} | {app.P99Ms:0.0} | {app.Errors} | {app.RssMb:0} | {floor.PerSecond:N0} | {floor.P50Ms:0.0} | {floor.P99Ms:0.0} | {floor.Errors} | {share:0%} | {Met(p99Met)} | {Met(shareMet)} |"));
        }

        var memoryMet = appPeakMb < MemoryTargetMb;
        missed |= !memoryMet;
        md.AppendLine();
        md.AppendLine(Invariant($"App peak memory over the whole run (VmHWM, warm-up included): **{appPeakMb:0} MB** (target < {MemoryTargetMb:0} MB: {Met(memoryMet)})."));
        var markdown = md.ToString().TrimEnd();
        Console.WriteLine(markdown);
        if (writeDocs)
        {
            Console.WriteLine($"Updated {PerformanceDoc.Update(options.GetValueOrDefault("docs"), SectionKey, markdown)}");
        }

        return missed ? 2 : 0;
    }

    private static string Met(bool met) => met ? "yes" : "**no**";

    /// <summary>The path with its ids shortened to their last characters, so the table stays readable.</summary>
    private static string Shorten(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-([0-9a-f]{12})", m => "…" + m.Groups[1].Value[^4..]);
}

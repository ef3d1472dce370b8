namespace GovernanceDialogue.Benchmarks;

/// <summary>
/// Writes a benchmark's results into <c>docs/performance.md</c>, between the markers of its own section, so each
/// benchmark replaces only its generated part and the hand-written text around it stays.
/// </summary>
public static class PerformanceDoc
{
    public const string RelativePath = "docs/performance.md";

    public static string Begin(string key) => $"<!-- BEGIN GENERATED: {key} (tests/GovernanceDialogue.Benchmarks rewrites this part) -->";

    public static string End(string key) => $"<!-- END GENERATED: {key} -->";

    /// <summary>Replaces the section's generated part; returns the file written.</summary>
    public static string Update(string? path, string key, string markdown)
    {
        path ??= Path.Combine(RepositoryRoot(), RelativePath);
        var begin = Begin(key);
        var end = End(key);
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Performance\n";
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        var block = $"{begin}\n{markdown}\n{end}";
        text = from >= 0 && to > from
            ? text[..from] + block + text[(to + end.Length)..]
            : text.TrimEnd() + $"\n\n{block}\n";
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The folder holding GovernanceDialogue.sln, from the working directory up.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovernanceDialogue.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (or pass --docs <path> or --no-docs).");
    }
}

using System.Globalization;
using System.Runtime.InteropServices;

namespace GovernanceDialogue.Benchmarks;

/// <summary>What the numbers were measured on; printed with every report.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Memory, string Os, string Dotnet, string LoadAverage)
{
    public static MachineInfo Collect() => new(
        Cpu: ReadFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Cores: Environment.ProcessorCount,
        Memory: MemTotal(),
        Os: OsName(),
        Dotnet: RuntimeInformation.FrameworkDescription,
        LoadAverage: File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a");

    private static string OsName()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"')
            : null;
        var kernel = File.Exists("/proc/sys/kernel/osrelease") ? $", Linux {File.ReadAllText("/proc/sys/kernel/osrelease").Trim()}" : "";
        return pretty is null ? RuntimeInformation.OSDescription : pretty + kernel;
    }

    private static string MemTotal()
    {
        var kb = ReadFirst("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var bytes = kb is null ? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes : long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        return FormattableString.Invariant($"{bytes / (1024.0 * 1024 * 1024):0.0} GiB");
    }

    private static string? ReadFirst(string file, string key)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?.Split(':', 2)[1].Trim();
    }
}

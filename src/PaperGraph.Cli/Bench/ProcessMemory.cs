using System.Globalization;

namespace PaperGraph.Cli.Bench;

/// <summary>A process's resident memory (VmRSS in /proc/PID/status), in MiB; null where that cannot be read.</summary>
internal static class ProcessMemory
{
    public static double? ResidentMebibytes(int? processId)
    {
        var status = $"/proc/{processId}/status";
        if (processId is null || !File.Exists(status))
        {
            return null;
        }
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kibibytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kibibytes is null ? null : long.Parse(kibibytes, CultureInfo.InvariantCulture) / 1024.0;
    }
}

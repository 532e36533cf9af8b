namespace PaperGraph.Cli.Bench;

/// <summary>What streaming a generated arXiv snapshot measured.</summary>
/// <param name="PeakManagedBytes">Largest managed heap seen while reading (sampled every 10,000 records).</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set at the end (generation included).</param>
public sealed record ArxivStreamReport(
    int Records, long FileBytes, int Papers, int Rejected, double ReadSeconds, long PeakManagedBytes, long PeakWorkingSetBytes)
{
    public double RecordsPerSecond => Records / Math.Max(ReadSeconds, 1e-9);

    public double MebibytesPerSecond => FileBytes / (1024.0 * 1024.0) / Math.Max(ReadSeconds, 1e-9);
}

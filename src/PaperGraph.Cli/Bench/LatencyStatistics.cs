namespace PaperGraph.Cli.Bench;

/// <summary>Percentiles of measured latencies, in milliseconds (nearest-rank method).</summary>
internal sealed record LatencyStatistics(int Runs, double P50, double P95, double P99, double Max)
{
    public static LatencyStatistics From(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            throw new ArgumentException("No measurements.", nameof(milliseconds));
        }
        var sorted = milliseconds.Order().ToArray();
        return new LatencyStatistics(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1]);
    }

    private static double Percentile(double[] sorted, int percent)
    {
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}

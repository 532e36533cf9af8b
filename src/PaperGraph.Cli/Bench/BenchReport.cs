namespace PaperGraph.Cli.Bench;

/// <summary>What <c>papergraph bench</c> measured.</summary>
/// <param name="SamplePapers">Papers in the sample corpus that was replicated.</param>
/// <param name="ExtractionSeconds">Time extracting every abstract on one thread.</param>
/// <param name="WriteSeconds">Time writing the extracted batches to SQLite (one transaction per batch).</param>
/// <param name="RefreshSeconds">Time recomputing derived relations once at the end.</param>
/// <param name="ReportsOnFirstMs">Latency of the first reports-on query after the import, with cold caches.</param>
/// <param name="ReportsOnTotal">Total papers reporting on the dataset (the count the query returns).</param>
internal sealed record BenchReport(
    int Papers,
    int SamplePapers,
    long DatabaseBytes,
    double ExtractionSeconds,
    double WriteSeconds,
    double RefreshSeconds,
    string Dataset,
    int ReportsOnTotal,
    int ReportsOnPageSize,
    double ReportsOnFirstMs,
    LatencyStatistics ReportsOnLatency)
{
    public double ExtractionPerSecond => Papers / ExtractionSeconds;

    public double ImportPerSecond => Papers / (WriteSeconds + RefreshSeconds);
}

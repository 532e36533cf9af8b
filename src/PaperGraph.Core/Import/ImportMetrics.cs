using System.Diagnostics;
using System.Diagnostics.Metrics;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Import;

/// <summary>Import throughput as .NET metrics (meter <see cref="MeterName"/>): papers written, records rejected and the
/// time each batch took to write. Exported by whatever listens (OpenTelemetry in the web app when configured).</summary>
public static class ImportMetrics
{
    public const string MeterName = "PaperGraph.Import";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> PapersWritten = Meter.CreateCounter<long>("papergraph.import.papers", "{paper}", "Papers written to the graph store by imports");
    private static readonly Counter<long> RecordsRejected = Meter.CreateCounter<long>("papergraph.import.rejected", "{record}", "Corpus records rejected by imports");
    private static readonly Histogram<double> BatchDuration = Meter.CreateHistogram<double>("papergraph.import.batch.duration", "s", "Time to write one batch of papers");

    public static async Task<UpsertSummary> MeasureWriteAsync(int papers, Func<Task<UpsertSummary>> write)
    {
        var started = Stopwatch.GetTimestamp();
        var summary = await write();
        BatchDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        PapersWritten.Add(papers);
        return summary;
    }

    public static void Rejected(int records)
    {
        if (records > 0)
        {
            RecordsRejected.Add(records);
        }
    }
}

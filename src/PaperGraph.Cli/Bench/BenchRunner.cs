using System.Diagnostics;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Cli.Bench;

/// <summary>Measures the pipeline at scale on a temp database: extraction on one thread, batched writes
/// to SQLite, then the latency of the first page of a reports-on query.</summary>
internal sealed class BenchRunner(IExtractor extractor, IGraphStore store)
{
    private const int WarmupRuns = 10;
    private const int ProgressEvery = 10_000;

    public async Task<BenchReport> RunAsync(BenchSettings settings, IReadOnlyList<Paper> sample, Action<string> log, CancellationToken cancellationToken)
    {
        var extraction = new Stopwatch();
        var writing = new Stopwatch();
        var written = 0;
        foreach (var chunk in CorpusReplica.Replicate(sample, settings.Papers).Chunk(settings.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            extraction.Start();
            var records = chunk.Select(p => new PaperRecord(p, extractor.Extract(p.Title, p.Abstract))).ToList();
            extraction.Stop();
            writing.Start();
            await store.UpsertAsync(records, cancellationToken);
            writing.Stop();
            written += records.Count;
            if (written % ProgressEvery < settings.BatchSize || written == settings.Papers)
            {
                log($"{written:N0} of {settings.Papers:N0} papers extracted and stored");
            }
        }
        var refresh = Stopwatch.StartNew();
        await store.RefreshDerivedRelationsAsync(cancellationToken);
        refresh.Stop();

        log($"timing reports-on {settings.Dataset} ({settings.Runs} runs)");
        var (total, pageSize, firstMs, latency) = await MeasureReportsOnAsync(settings, cancellationToken);
        return new BenchReport(settings.Papers, sample.Count, new FileInfo(settings.DatabasePath).Length,
            extraction.Elapsed.TotalSeconds, writing.Elapsed.TotalSeconds, refresh.Elapsed.TotalSeconds,
            settings.Dataset, total, pageSize, firstMs, latency);
    }

    /// <summary>The first query after the import is timed on its own: it runs before any store cache is warm.</summary>
    private async Task<(int Total, int PageSize, double FirstMs, LatencyStatistics Latency)> MeasureReportsOnAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var query = new ReportsOnQuery(settings.Dataset, Limit: 50);
        var first = Stopwatch.StartNew();
        var page = await store.GetReportsOnAsync(query, cancellationToken);
        first.Stop();
        for (var i = 1; i < WarmupRuns; i++)
        {
            page = await store.GetReportsOnAsync(query, cancellationToken);
        }
        if (page is null)
        {
            throw new InvalidOperationException($"The store knows no dataset named {settings.Dataset}.");
        }
        var timings = new List<double>(settings.Runs);
        for (var i = 0; i < settings.Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await store.GetReportsOnAsync(query, cancellationToken);
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        return (page.TotalPapers, page.Papers.Count, first.Elapsed.TotalMilliseconds, LatencyStatistics.From(timings));
    }
}

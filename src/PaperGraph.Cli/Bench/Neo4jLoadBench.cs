using System.Diagnostics;
using System.Runtime.CompilerServices;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j;
using PaperGraph.Neo4j.Export;

namespace PaperGraph.Cli.Bench;

/// <summary>What loading Neo4j costs on PaperGraph's side, without a server: the Query API request bodies of the
/// upserts and the neo4j-admin CSV files, for the same replicated papers in one pass (each abstract extracted once,
/// and extraction timed out of both).</summary>
internal sealed class Neo4jLoadBench(IExtractor extractor)
{
    public async Task<Neo4jLoadReport> RunAsync(BenchSettings settings, IReadOnlyList<Paper> sample, string directory, Action<int> progress,
        CancellationToken cancellationToken)
    {
        var timings = new Timings();
        var total = Stopwatch.StartNew();
        var files = await new Neo4jAdminCsvWriter(settings.BatchSize).WriteAsync(
            RecordsAsync(settings, sample, timings, cancellationToken), directory, progress, cancellationToken);
        total.Stop();
        var csvBytes = files.Files.Sum(file => new FileInfo(file.HeaderPath).Length + new FileInfo(file.DataPath).Length);
        return new Neo4jLoadReport(settings.Papers, sample.Count, Timings.RowsPerStatement, timings.Requests.Elapsed.TotalSeconds,
            timings.RequestBytes, (total.Elapsed - timings.NotCsv.Elapsed).TotalSeconds, csvBytes);
    }

    /// <summary>Extracts each batch and serialises its request bodies while the CSV writer's clock is held.</summary>
    private async IAsyncEnumerable<PaperRecord> RecordsAsync(BenchSettings settings, IReadOnlyList<Paper> sample, Timings timings,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var chunk in CorpusReplica.Replicate(sample, settings.Papers).Chunk(settings.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            timings.NotCsv.Start();
            var records = chunk.Select(paper => new PaperRecord(paper, extractor.Extract(paper.Title, paper.Abstract))).ToList();
            timings.Requests.Start();
            timings.RequestBytes += UpsertRequestBodies.Serialize(records, Timings.RowsPerStatement);
            timings.Requests.Stop();
            timings.NotCsv.Stop();
            foreach (var record in records)
            {
                yield return record;
            }
            await Task.Yield();
        }
    }

    private sealed class Timings
    {
        /// <summary>The store's default statement size.</summary>
        public static readonly int RowsPerStatement = new Neo4jStoreOptions().BatchSize;

        public Stopwatch Requests { get; } = new();

        public Stopwatch NotCsv { get; } = new();

        public long RequestBytes { get; set; }
    }
}

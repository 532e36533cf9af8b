using PaperGraph.Core.Corpus;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Import;

/// <summary>Extracts a batch of papers in parallel. A paper the extractor fails on is rejected alone
/// rather than failing the whole import.</summary>
internal static class BatchExtraction
{
    public static (IReadOnlyList<PaperRecord> Records, IReadOnlyList<CorpusError> Failures) Run(
        IExtractor extractor, IReadOnlyList<PendingPaper> batch, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var extractions = new PaperExtraction?[batch.Count];
        var failures = new CorpusError?[batch.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxDegreeOfParallelism), CancellationToken = cancellationToken };
        Parallel.For(0, batch.Count, parallel, i =>
        {
            var paper = batch[i].Paper;
            try
            {
                extractions[i] = extractor.Extract(paper.Title, paper.Abstract);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures[i] = batch[i].Error($"extraction failed: {e.Message}");
            }
        });
        var records = new List<PaperRecord>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            if (extractions[i] is { } extraction)
            {
                records.Add(new PaperRecord(batch[i].Paper, extraction));
            }
        }
        return (records, failures.OfType<CorpusError>().ToList());
    }
}

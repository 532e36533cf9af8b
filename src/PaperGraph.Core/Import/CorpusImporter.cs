using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Import;

/// <summary>Imports corpus files into a graph store: read, extract, write in batches (one transaction
/// each), then refresh derived relations. Bad records are rejected with their file and line and the
/// rest is imported; in strict mode every file is validated first and nothing is written if any record
/// is bad. Extraction of the next batch overlaps with writing the previous one. Curators' decisions in force
/// (<see cref="ICurationRuleSource"/>) are applied to every paper before it is written, so a re-import reproduces the
/// curated graph and new papers get the same merges and removals.</summary>
public sealed class CorpusImporter(
    CorpusFileReader reader, IExtractor extractor, IGraphStore store, ICurationRuleSource curation, IOptions<ImportOptions> defaults,
    ILogger<CorpusImporter>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<CorpusImporter>.Instance;
    private readonly PaperIdentityResolver _identities = new(store);

    public async Task<ImportSummary> ImportAsync(
        IReadOnlyList<string> paths,
        ImportOptions? options = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var settings = options ?? defaults.Value;
        if (settings.Format == CorpusFormat.Lines)
        {
            throw new ArgumentException("The lines format is for extraction only; it has no titles to import.", nameof(options));
        }
        if (settings.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), settings.BatchSize, "BatchSize must be at least 1.");
        }
        if (settings.Strict)
        {
            var validation = await ValidateAsync(paths, settings.Format, cancellationToken);
            if (validation.Rejected.Count > 0)
            {
                return validation.Summary(paths.Count, relations: 0, strictAborted: true);
            }
        }
        var started = Stopwatch.GetTimestamp();
        _logger.LogInformation("Importing {FileCount} corpus files: {Files}", paths.Count, paths);
        await store.InitializeAsync(cancellationToken);
        var rules = await curation.GetActiveRulesAsync(cancellationToken);
        var tally = await WriteAsync(paths, settings, rules, progress, cancellationToken);
        if (tally.PapersWritten > 0)
        {
            await store.RefreshDerivedRelationsAsync(cancellationToken);
        }
        var statistics = await store.GetStatisticsAsync(cancellationToken);
        var summary = tally.Summary(paths.Count, statistics.TotalRelations, strictAborted: false);
        Log(summary, Stopwatch.GetElapsedTime(started));
        return summary;
    }

    private async Task<ImportTally> ValidateAsync(IReadOnlyList<string> paths, CorpusFormat? format, CancellationToken cancellationToken)
    {
        var tally = new ImportTally();
        foreach (var path in paths)
        {
            await foreach (var record in reader.ReadAsync(path, format, cancellationToken))
            {
                tally.Read(record);
            }
        }
        return tally;
    }

    private async Task<ImportTally> WriteAsync(IReadOnlyList<string> paths, ImportOptions settings, IReadOnlyList<CurationRule> rules,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var tally = new ImportTally();
        var batch = new List<PendingPaper>(settings.BatchSize);
        Task<WrittenBatch>? writing = null;
        try
        {
            foreach (var path in paths)
            {
                await foreach (var record in reader.ReadAsync(path, settings.Format, cancellationToken))
                {
                    tally.Read(record);
                    if (record.Paper is null)
                    {
                        continue;
                    }
                    batch.Add(new PendingPaper(path, record.Line, record.Paper));
                    if (batch.Count == settings.BatchSize)
                    {
                        await FlushAsync(path);
                    }
                }
                await FlushAsync(path);
            }
            if (writing is not null)
            {
                tally.Wrote(await writing, settings.ListedPapers);
                progress?.Report(tally.Progress(paths[^1]));
            }
        }
        catch when (writing is not null)
        {
            // The caller may dispose the store right after this throws: let the background write end first.
            await ((Task)writing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        return tally;

        async Task FlushAsync(string path)
        {
            writing = await HandOverAsync(batch, writing, tally, settings, rules, cancellationToken);
            batch = new List<PendingPaper>(settings.BatchSize);
            progress?.Report(tally.Progress(path));
        }
    }

    /// <summary>Extracts <paramref name="batch"/>, waits for the previous write, then starts writing
    /// this batch in the background and returns that write.</summary>
    private async Task<Task<WrittenBatch>?> HandOverAsync(
        List<PendingPaper> batch, Task<WrittenBatch>? previous, ImportTally tally, ImportOptions settings, IReadOnlyList<CurationRule> rules,
        CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return previous;
        }
        var (extracted, failures) = BatchExtraction.Run(extractor, batch, settings.MaxDegreeOfParallelism, cancellationToken);
        tally.Reject(failures);
        if (previous is not null)
        {
            tally.Wrote(await previous, settings.ListedPapers);
        }
        // After the previous write, so papers and stubs it stored are found by their keys; the rules after that,
        // since a rule names the paper by the id it is stored under.
        var resolved = await _identities.ResolveAsync(extracted, cancellationToken);
        tally.Resolved(resolved);
        var records = rules.Count == 0 ? resolved.Records : resolved.Records.Select(record => CurationRuleApplier.Apply(record, rules)).ToList();
        return records.Count == 0 ? null : Task.Run(async () => new WrittenBatch(resolved,
            await WriteAndMergeAsync(records, resolved.Merges, cancellationToken)), cancellationToken);
    }

    /// <summary>Merges after the write: papers of the batch itself may be among the nodes it proved to be one.</summary>
    private async Task<UpsertSummary> WriteAndMergeAsync(
        IReadOnlyList<PaperRecord> records, IReadOnlyList<IReadOnlyList<string>> merges, CancellationToken cancellationToken)
    {
        var summary = await ImportMetrics.MeasureWriteAsync(records.Count, () => store.UpsertAsync(records, cancellationToken));
        foreach (var merge in merges)
        {
            await store.MergePapersAsync(merge, cancellationToken);
        }
        return summary;
    }

    private void Log(ImportSummary summary, TimeSpan elapsed)
    {
        ImportMetrics.Rejected(summary.Rejected.Count);
        foreach (var error in summary.Rejected)
        {
            _logger.LogWarning("Rejected {CorpusFile} line {Line}: {Reason}", error.File, error.Line, error.Message);
        }
        _logger.LogInformation(
            "Imported {RecordsRead} records in {ElapsedSeconds:F1} s: {PapersAdded} papers added, {PapersUpdated} updated, {Stubs} stubs, {Citations} citations, {Rejected} rejected",
            summary.RecordsRead, elapsed.TotalSeconds, summary.PapersAdded, summary.PapersUpdated, summary.Stubs, summary.Citations, summary.Rejected.Count);
    }
}

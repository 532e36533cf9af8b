using System.CommandLine;
using PaperGraph.Cli.Bench;
using PaperGraph.Cli.Stores;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Import;
using PaperGraph.Core.Model;
using PaperGraph.Sqlite.Maintenance;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph bench [--papers N]</c>: throughput and latency at scale, in a temp database.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var papers = CommonOptions.PositiveInt("--papers", 100_000, "Papers in the replicated corpus");
        var runs = CommonOptions.PositiveInt("--runs", 200, "Timed runs of the reports-on query (after 10 warm-up runs)");
        var batchSize = CommonOptions.PositiveInt("--batch-size", new ImportOptions().BatchSize, "Papers written per transaction");
        var dataset = new Option<string>("--dataset") { Description = "Dataset for the reports-on query", HelpName = "NAME", DefaultValueFactory = _ => "ImageNet" };
        var corpus = new Option<string?>("--corpus")
        {
            Description = $"Sample corpus to replicate [default: {SampleCorpusLocator.RelativePath} here or in a folder above]",
            HelpName = "PATH",
        };
        var neo4j = new Option<bool>("--neo4j")
        {
            Description = "Instead, time what loading Neo4j costs here, without a server: the Query API request bodies of the upserts and the neo4j-admin CSV files",
        };
        var arxivStream = new Option<int?>("--arxiv-stream")
        {
            Description = "Instead, generate an arXiv metadata snapshot of N records in a temp folder and time reading it back " +
                "(records/s, MiB/s, peak memory, which must not grow with N)",
            HelpName = "N",
        };
        arxivStream.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--arxiv-stream must be at least 1.");
            }
        });
        var suggestions = new Option<bool>("--suggestions")
        {
            Description = "Also time computing and storing every kind of suggestion (papergraph suggest refresh) over the imported corpus, with the peak memory",
        };
        var keepDatabase = new Option<string?>("--keep-db")
        {
            Description = "Also keep the benchmark's database as FILE (a new file), for load runs and the 100,000-paper browser tests",
            HelpName = "FILE",
        };
        var command = new Command("bench",
            "Benchmark in a temporary SQLite database (--db and --store are not used): the sample corpus replicated to N papers; " +
            "prints extraction and import throughput and reports-on latency (p50/p95, first page of 50 with the total).")
        {
            papers, runs, batchSize, dataset, corpus, neo4j, arxivStream, suggestions, keepDatabase,
        };
        command.Subcommands.Add(BenchLoadCommand.Create(context));
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            if (parse.GetValue(arxivStream) is { } records)
            {
                await RunArxivStreamAsync(context, records, cancellationToken);
                return ExitCodes.Success;
            }
            var corpusPath = parse.GetValue(corpus) ?? SampleCorpusLocator.Find()
                ?? throw new CliUsageException($"sample corpus not found ({SampleCorpusLocator.RelativePath}); pass --corpus PATH");
            var keep = parse.GetValue(keepDatabase);
            if (keep is not null && File.Exists(keep))
            {
                throw new CliUsageException($"{keep} exists; --keep-db writes a new file");
            }
            var folder = Directory.CreateTempSubdirectory("papergraph-bench-");
            try
            {
                var settings = new BenchSettings(parse.GetValue(papers), parse.GetValue(batchSize), parse.GetValue(runs),
                    parse.GetValue(dataset)!, Path.Combine(folder.FullName, "bench.db"));
                if (parse.GetValue(neo4j))
                {
                    await RunNeo4jAsync(context, settings, corpusPath, folder.FullName, cancellationToken);
                    return ExitCodes.Success;
                }
                BenchReport report;
                SuggestionBench.Report? suggestionReport = null;
                await using (var session = await DatabaseSession.OpenAsync(new SqliteStoreSelection(settings.DatabasePath), cancellationToken))
                {
                    var sample = await ReadSampleAsync(session.CorpusReader, corpusPath, cancellationToken);
                    report = await new BenchRunner(session.Extractor, session.Store)
                        .RunAsync(settings, sample, context.Console.Error.WriteLine, cancellationToken);
                    if (parse.GetValue(suggestions))
                    {
                        suggestionReport = await SuggestionBench.RunAsync(session.Get<Ml.SuggestionEngine>(), context.Console.Error.WriteLine, cancellationToken);
                    }
                }
                Render(context.Console.Stdout, report, corpusPath, suggestionReport);
                if (keep is not null)
                {
                    await DatabaseBackup.BackupAsync(settings.DatabasePath, keep, overwrite: false, cancellationToken);
                    context.Console.Error.WriteLine($"bench: the database is kept as {keep}");
                }
                return ExitCodes.Success;
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        });
        return command;
    }

    private static async Task RunNeo4jAsync(CliContext context, BenchSettings settings, string corpusPath, string folder,
        CancellationToken cancellationToken)
    {
        Neo4jLoadReport report;
        await using (var session = await DatabaseSession.OpenAsync(new SqliteStoreSelection(settings.DatabasePath), cancellationToken))
        {
            var sample = await ReadSampleAsync(session.CorpusReader, corpusPath, cancellationToken);
            report = await new Neo4jLoadBench(session.Extractor).RunAsync(settings, sample, Path.Combine(folder, "neo4j-csv"),
                PaperProgress.Reporter(context.Console, "extracted, serialised and written as CSV"), cancellationToken);
        }
        var table = new Table().AddColumns("Measure", "Value");
        table.AddTextRow("Corpus", $"{report.Papers:N0} papers ({report.SamplePapers:N0} of {corpusPath} replicated with distinct titles)");
        table.AddTextRow("Query API request bodies",
            $"{report.RequestPapersPerSecond:N0} papers/s ({report.RequestSeconds:N1} s, {Mebibytes(report.RequestBytes):N1} MiB of JSON, " +
            $"{report.RowsPerStatement:N0} rows per UNWIND, no server)");
        table.AddTextRow("neo4j-admin CSV files", $"{report.CsvPapersPerSecond:N0} papers/s ({report.CsvSeconds:N1} s, {Mebibytes(report.CsvBytes):N1} MiB)");
        context.Console.Stdout.Write(table);
    }

    private static async Task RunArxivStreamAsync(CliContext context, int records, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("papergraph-bench-");
        try
        {
            ArxivStreamReport report;
            await using (var session = await DatabaseSession.OpenAsync(new SqliteStoreSelection(Path.Combine(folder.FullName, "bench.db")), cancellationToken))
            {
                report = await new ArxivStreamBench(session.CorpusReader)
                    .RunAsync(records, Path.Combine(folder.FullName, "arxiv-metadata-oai-snapshot.json"), context.Console.Error.WriteLine, cancellationToken);
            }
            var table = new Table().AddColumns("Measure", "Value");
            table.AddTextRow("File", $"{report.Records:N0} arXiv snapshot records, {Mebibytes(report.FileBytes):N1} MiB (generated)");
            table.AddTextRow("Read", $"{report.Papers:N0} papers, {report.Rejected:N0} rejected, in {report.ReadSeconds:N1} s");
            table.AddTextRow("Throughput", $"{report.RecordsPerSecond:N0} records/s, {report.MebibytesPerSecond:N1} MiB/s");
            table.AddTextRow("Peak managed heap while reading", $"{Mebibytes(report.PeakManagedBytes):N1} MiB");
            table.AddTextRow("Peak working set of the process", $"{Mebibytes(report.PeakWorkingSetBytes):N1} MiB");
            context.Console.Stdout.Write(table);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static double Mebibytes(long bytes) => bytes / (1024.0 * 1024.0);

    private static async Task<List<Paper>> ReadSampleAsync(CorpusFileReader reader, string path, CancellationToken cancellationToken)
    {
        var sample = new List<Paper>();
        await foreach (var record in reader.ReadAsync(path, cancellationToken: cancellationToken))
        {
            sample.Add(record.Paper ?? throw new CliUsageException($"the sample corpus has a bad record: {record.Error}"));
        }
        return sample;
    }

    private static void Render(IAnsiConsole console, BenchReport report, string corpusPath, SuggestionBench.Report? suggestions)
    {
        var table = new Table().AddColumns("Measure", "Value");
        table.AddTextRow("Corpus", $"{report.Papers:N0} papers ({report.SamplePapers:N0} of {corpusPath} replicated with distinct titles)");
        table.AddTextRow("Database size", $"{Mebibytes(report.DatabaseBytes):N1} MiB");
        table.AddTextRow("Extraction (1 core)", $"{report.ExtractionPerSecond:N0} abstracts/s ({report.ExtractionSeconds:N1} s)");
        table.AddTextRow("Import into SQLite", $"{report.ImportPerSecond:N0} papers/s (writes {report.WriteSeconds:N1} s + derived relations {report.RefreshSeconds:N1} s)");
        table.AddTextRow($"reports-on {report.Dataset}", $"{report.ReportsOnTotal:N0} papers in total, first page of {report.ReportsOnPageSize}");
        var latency = report.ReportsOnLatency;
        table.AddTextRow("reports-on first query", $"{report.ReportsOnFirstMs:N2} ms (right after the import, caches cold)");
        table.AddTextRow("reports-on latency", $"p50 {latency.P50:N2} ms, p95 {latency.P95:N2} ms, p99 {latency.P99:N2} ms, max {latency.Max:N2} ms over {latency.Runs} runs");
        if (suggestions is not null)
        {
            table.AddTextRow("All suggestions", $"{suggestions.Seconds:N1} s (CPU {suggestions.CpuSeconds:N1} s) for {suggestions.Papers:N0} papers and {suggestions.Entities:N0} entities (read, computed, stored: " +
                string.Join(", ", suggestions.Stored.Select(kind => $"{kind.Value:N0} {kind.Key}")) + ")");
            foreach (var stage in suggestions.Stages)
            {
                table.AddTextRow($"  {stage.Name}", $"{stage.Seconds:N1} s (CPU {stage.CpuSeconds:N1} s)");
            }
            table.AddTextRow("Peak working set", $"{Mebibytes(suggestions.PeakWorkingSetBytes):N0} MiB (whole process, import included)");
        }
        console.Write(table);
    }
}

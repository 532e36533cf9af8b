using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PaperGraph.Core.Corpus;

namespace PaperGraph.Cli.Bench;

/// <summary>Writes an arXiv metadata snapshot of N records (the Kaggle file's fields, abstracts of real length) and
/// reads it back through the corpus readers, format detected as an import would: how fast, and whether memory
/// stays flat as the file grows.</summary>
internal sealed class ArxivStreamBench(CorpusFileReader reader)
{
    private const int SampleEvery = 10_000;

    private static readonly string Abstract = string.Join(' ', Enumerable.Repeat(
        "We propose a new simple network architecture based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.", 7));

    public async Task<ArxivStreamReport> RunAsync(int records, string path, Action<string> progress, CancellationToken cancellationToken)
    {
        await WriteAsync(records, path, progress, cancellationToken);
        GC.Collect();
        var papers = 0;
        var rejected = 0;
        var peakManaged = GC.GetTotalMemory(forceFullCollection: false);
        var clock = Stopwatch.StartNew();
        await foreach (var record in reader.ReadAsync(path, cancellationToken: cancellationToken))
        {
            if (record.Paper is null)
            {
                rejected++;
            }
            else
            {
                papers++;
            }
            if ((papers + rejected) % SampleEvery == 0)
            {
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(forceFullCollection: false));
            }
            if ((papers + rejected) % 100_000 == 0)
            {
                progress($"read {papers + rejected:N0} of {records:N0} records");
            }
        }
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        return new ArxivStreamReport(records, new FileInfo(path).Length, papers, rejected, clock.Elapsed.TotalSeconds, peakManaged, process.PeakWorkingSet64);
    }

    private static async Task WriteAsync(int records, string path, Action<string> progress, CancellationToken cancellationToken)
    {
        await using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16);
        for (var i = 0; i < records; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await file.WriteLineAsync(Line(i).AsMemory(), cancellationToken);
            if ((i + 1) % 250_000 == 0)
            {
                progress($"generated {i + 1:N0} of {records:N0} records");
            }
        }
    }

    /// <summary>One snapshot line; ids run through months from 0704 as arXiv's do, five digits per month.</summary>
    private static string Line(int i)
    {
        var month = 704 + i / 99_999;
        var id = string.Create(CultureInfo.InvariantCulture, $"{month / 100:D2}{month % 100 % 12 + 1:D2}.{i % 99_999 + 1:D5}");
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["submitter"] = "A. Researcher",
            ["authors"] = "A. Researcher, B. Scientist",
            ["title"] = $"Attention variant {i} for sequence transduction",
            ["comments"] = "15 pages, 5 figures",
            ["journal-ref"] = null,
            ["doi"] = i % 3 == 0 ? $"10.1000/bench.{i}" : null,
            ["report-no"] = null,
            ["categories"] = "cs.CL cs.LG",
            ["license"] = "http://arxiv.org/licenses/nonexclusive-distrib/1.0/",
            ["abstract"] = "  " + Abstract,
            ["versions"] = new[] { new Dictionary<string, string> { ["version"] = "v1", ["created"] = "Mon, 12 Jun 2017 17:57:34 GMT" } },
            ["update_date"] = "2023-08-03",
            ["authors_parsed"] = new[] { new[] { "Researcher", "A.", "" }, new[] { "Scientist", "B.", "" } },
        });
    }
}

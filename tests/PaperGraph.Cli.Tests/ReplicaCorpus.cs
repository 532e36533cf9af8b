using System.Text.Json;
using PaperGraph.Cli.Bench;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Model;

namespace PaperGraph.Cli.Tests;

/// <summary>A JSON Lines corpus of any size made of the sample corpus's real papers under distinct titles
/// (<see cref="CorpusReplica"/>), for imports long enough to be killed, backed up or queried while they run.</summary>
internal static class ReplicaCorpus
{
    public static async Task<string> WriteAsync(string path, int papers)
    {
        var sample = new List<Paper>();
        var reader = new CorpusFileReader([new AbstractsCorpusReader(Microsoft.Extensions.Options.Options.Create(new CorpusReaderOptions()))]);
        await foreach (var record in reader.ReadAsync(Cli.SampleCorpusPath))
        {
            if (record.Paper is { } paper)
            {
                sample.Add(paper);
            }
        }
        await File.WriteAllLinesAsync(path, CorpusReplica.Replicate(sample, papers)
            .Select(p => JsonSerializer.Serialize(new { title = p.Title, @abstract = p.Abstract, year = p.Year, authors = p.Authors })));
        return path;
    }
}

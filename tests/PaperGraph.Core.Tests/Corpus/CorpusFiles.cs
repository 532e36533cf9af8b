using System.Text;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Corpus.Formats;

namespace PaperGraph.Core.Tests.Corpus;

/// <summary>Writes corpus files into a temp folder and reads them back with the real readers.</summary>
public sealed class CorpusFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("papergraph-corpus-").FullName;

    public static CorpusFileReader Reader(int maxLineBytes = 1024 * 1024)
    {
        var options = Options.Create(new CorpusReaderOptions { MaxLineBytes = maxLineBytes });
        return new CorpusFileReader([
            new AbstractsCorpusReader(options), new JsonLinesCorpusReader(options), new LinesCorpusReader(options),
            new OpenAlexCorpusReader(options), new SemanticScholarCorpusReader(options), new ArxivSnapshotCorpusReader(options),
            new ArxivAtomCorpusReader(), new BibTexCorpusReader(), new CslJsonCorpusReader(options),
        ]);
    }

    public static string SampleCorpusPath
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PaperGraph.sln")))
            {
                folder = folder.Parent;
            }
            return Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("PaperGraph.sln not found"), "import", "seed-abstracts.txt");
        }
    }

    /// <summary>A real sample file from Corpus/Formats/Fixtures (see the NOTICE there).</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Corpus", "Formats", "Fixtures", name);

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static async Task<List<CorpusRecord>> ReadAllAsync(string path, CorpusFormat? format = null, int maxLineBytes = 1024 * 1024)
    {
        var records = new List<CorpusRecord>();
        await foreach (var record in Reader(maxLineBytes).ReadAsync(path, format))
        {
            records.Add(record);
        }
        return records;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

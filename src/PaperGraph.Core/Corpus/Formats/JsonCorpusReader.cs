using System.Text.Json;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>A reader of one JSON-based scholarly format: <see cref="JsonRecords"/> streams the records in whatever
/// shape the file has, the format's parser turns each into a paper.</summary>
public abstract class JsonCorpusReader(IOptions<CorpusReaderOptions> options, CorpusFormat format, Func<JsonElement, Paper> parse) : ICorpusReader
{
    public CorpusFormat Format => format;

    public IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default) =>
        JsonRecords.ReadAsync(stream, fileName, options.Value.MaxLineBytes, parse, cancellationToken);
}

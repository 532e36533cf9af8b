using Microsoft.Extensions.Options;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Reads CSL-JSON (Zotero's export): an array of items, streamed item by item.</summary>
public sealed class CslJsonCorpusReader(IOptions<CorpusReaderOptions> options) : ICorpusReader
{
    public CorpusFormat Format => CorpusFormat.CslJson;

    public IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default) =>
        JsonRecords.ReadAsync(stream, fileName, options.Value.MaxLineBytes, CslJsonParser.Parse, cancellationToken);
}

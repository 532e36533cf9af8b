using Microsoft.Extensions.Options;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Reads the arXiv metadata snapshot (JSON Lines), streamed line by line.</summary>
public sealed class ArxivSnapshotCorpusReader(IOptions<CorpusReaderOptions> options) : ICorpusReader
{
    public CorpusFormat Format => CorpusFormat.ArxivSnapshot;

    public IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default) =>
        JsonRecords.ReadAsync(stream, fileName, options.Value.MaxLineBytes, ArxivSnapshotParser.Parse, cancellationToken);
}

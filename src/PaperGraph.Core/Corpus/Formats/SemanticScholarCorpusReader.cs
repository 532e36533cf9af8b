using Microsoft.Extensions.Options;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Reads Semantic Scholar: Graph API papers and reference/citation items, Open Research Corpus lines, S2ORC papers.</summary>
public sealed class SemanticScholarCorpusReader(IOptions<CorpusReaderOptions> options) : ICorpusReader
{
    public CorpusFormat Format => CorpusFormat.SemanticScholar;

    public IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default) =>
        JsonRecords.ReadAsync(stream, fileName, options.Value.MaxLineBytes, SemanticScholarParser.Parse, cancellationToken);
}

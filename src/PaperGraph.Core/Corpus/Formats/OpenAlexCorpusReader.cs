using Microsoft.Extensions.Options;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Reads OpenAlex works: one work, a {"meta", "results"} page, or JSON Lines of works.</summary>
public sealed class OpenAlexCorpusReader(IOptions<CorpusReaderOptions> options) : ICorpusReader
{
    public CorpusFormat Format => CorpusFormat.OpenAlex;

    public IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default) =>
        JsonRecords.ReadAsync(stream, fileName, options.Value.MaxLineBytes, OpenAlexWorkParser.Parse, cancellationToken);
}

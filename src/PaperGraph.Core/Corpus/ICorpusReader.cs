namespace PaperGraph.Core.Corpus;

/// <summary>Reads one corpus format from a stream, record by record. A bad record yields a rejected
/// <see cref="CorpusRecord"/> naming the file and line; reading goes on with the next record.</summary>
public interface ICorpusReader
{
    CorpusFormat Format { get; }

    IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default);
}

using System.Text;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Reads a BibTeX library (.bib), entry by entry, each numbered by the line of its <c>@</c>.</summary>
public sealed class BibTexCorpusReader : ICorpusReader
{
    public CorpusFormat Format => CorpusFormat.BibTex;

    public IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default) =>
        Read(stream, fileName, cancellationToken).ToAsyncEnumerable();

    private static IEnumerable<CorpusRecord> Read(Stream stream, string fileName, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        foreach (var (entry, line, problem) in new BibTexParser(text).Read(cancellationToken))
        {
            yield return entry is null
                ? CorpusRecord.Rejected(new CorpusError(fileName, line, problem!))
                : ToRecord(fileName, entry);
        }
    }

    private static CorpusRecord ToRecord(string fileName, BibTexEntry entry)
    {
        try
        {
            return CorpusRecord.Valid(entry.Line, BibTexPaperParser.Parse(entry));
        }
        catch (RecordFormatException e)
        {
            return CorpusRecord.Rejected(new CorpusError(fileName, entry.Line, e.Message));
        }
    }
}

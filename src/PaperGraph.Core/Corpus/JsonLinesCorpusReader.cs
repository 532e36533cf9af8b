using Microsoft.Extensions.Options;
using PaperGraph.Core.Corpus.Formats;

namespace PaperGraph.Core.Corpus;

/// <summary>Reads JSON Lines of plain paper objects (one per line; blank lines skipped), or the same objects as one
/// JSON array or page; a second record of the same paper in the file is rejected.</summary>
public sealed class JsonLinesCorpusReader(IOptions<CorpusReaderOptions> options) : ICorpusReader
{
    public CorpusFormat Format => CorpusFormat.JsonLines;

    public IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        var duplicates = new DuplicatePaperCheck(fileName);
        return JsonRecords.ReadAsync(stream, fileName, options.Value.MaxLineBytes, (line, element) =>
        {
            var (paper, problem) = JsonPaperParser.Parse(element);
            var error = problem is not null ? new CorpusError(fileName, line, problem) : duplicates.Check(paper!, line);
            return error is null ? CorpusRecord.Valid(line, paper!) : CorpusRecord.Rejected(error);
        }, cancellationToken);
    }
}

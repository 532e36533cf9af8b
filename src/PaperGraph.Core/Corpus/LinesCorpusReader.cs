using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus;

/// <summary>Reads any text file as one text per non-blank line, for extraction only: the records
/// have no title, and their id is the line ("line:12").</summary>
public sealed class LinesCorpusReader(IOptions<CorpusReaderOptions> options) : ICorpusReader
{
    public CorpusFormat Format => CorpusFormat.Lines;

    public async IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lines = new BoundedLineReader(options.Value.MaxLineBytes);
        await foreach (var line in lines.ReadAsync(stream, cancellationToken))
        {
            if (line.Problem is not null)
            {
                yield return CorpusRecord.Rejected(new CorpusError(fileName, line.Number, line.Problem));
            }
            else if (!string.IsNullOrWhiteSpace(line.Text))
            {
                yield return CorpusRecord.Valid(line.Number, new Paper($"line:{line.Number}", "", line.Text));
            }
        }
    }
}

using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace PaperGraph.Core.Corpus;

/// <summary>Reads JSON Lines: one paper object per line; blank lines are skipped.</summary>
public sealed class JsonLinesCorpusReader(IOptions<CorpusReaderOptions> options) : ICorpusReader
{
    public CorpusFormat Format => CorpusFormat.JsonLines;

    public async IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lines = new BoundedLineReader(options.Value.MaxLineBytes);
        var duplicates = new DuplicatePaperCheck(fileName);
        await foreach (var line in lines.ReadAsync(stream, cancellationToken))
        {
            if (line.Problem is not null)
            {
                yield return CorpusRecord.Rejected(new CorpusError(fileName, line.Number, line.Problem));
                continue;
            }
            if (string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }
            var (paper, problem) = JsonPaperParser.Parse(line.Text);
            var error = problem is not null
                ? new CorpusError(fileName, line.Number, problem)
                : duplicates.Check(paper!, line.Number);
            yield return error is null ? CorpusRecord.Valid(line.Number, paper!) : CorpusRecord.Rejected(error);
        }
    }
}

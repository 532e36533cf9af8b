using System.Runtime.CompilerServices;
using PaperGraph.Core.Corpus;

namespace PaperGraph.Core.Extraction;

/// <summary>Reads a corpus file and extracts each record into an <see cref="ExtractionReport"/>; for
/// line input each report carries its 0-based line. Rejected records come back with their error.</summary>
public sealed class CorpusExtraction(CorpusFileReader reader, IExtractor extractor)
{
    public async IAsyncEnumerable<ExtractedRecord> ReadAsync(string path, CorpusFormat? format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in reader.ReadAsync(path, format, cancellationToken))
        {
            if (record.Paper is not { } paper)
            {
                yield return new ExtractedRecord(null, record.Error);
                continue;
            }
            int? line = format == CorpusFormat.Lines ? record.Line - 1 : null;
            yield return new ExtractedRecord(ExtractionReport.From(paper.Title, extractor.Extract(paper.Title, paper.Abstract), line), null);
        }
    }
}

using System.Text;
using PaperGraph.Core.Corpus.Formats;

namespace PaperGraph.Core.Corpus;

/// <summary>Guesses a file's format from its first bytes and its extension: the scholarly formats by the
/// fields their records carry (<see cref="ScholarlyFormatSignature"/>), other JSON as JSON Lines, then the
/// listing. <c>lines</c> is never guessed: any text is lines, so it must be asked for.</summary>
public static class CorpusFormatDetector
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeadBytes = 64 * 1024;

    private static readonly string[] JsonExtensions = [".jsonl", ".ndjson", ".json"];

    public static CorpusFormat? Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName);
        // Lenient decoding: a bad byte in the head must not hide the format; the reader reports it later.
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (ScholarlyFormatSignature.Of(extension, text) is { } scholarly)
        {
            return scholarly;
        }
        if (JsonExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || text.StartsWith('{'))
        {
            return CorpusFormat.JsonLines;
        }
        var lines = text.Split('\n');
        // The last line may be cut off by the head limit.
        var complete = head.Length < HeadBytes ? lines : lines[..^1];
        return ListingLayout.HasTitleAbstractPair(complete) ? CorpusFormat.Abstracts : null;
    }
}

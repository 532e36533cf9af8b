using System.Text;

namespace PaperGraph.Core.Corpus;

/// <summary>Guesses a file's format from its extension, then from its first bytes. <c>lines</c> is never
/// guessed: any text is lines, so it must be asked for.</summary>
public static class CorpusFormatDetector
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeadBytes = 64 * 1024;

    private static readonly string[] JsonExtensions = [".jsonl", ".ndjson", ".json"];

    public static CorpusFormat? Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName);
        if (JsonExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return CorpusFormat.JsonLines;
        }
        // Lenient decoding: a bad byte in the head must not hide the format; the reader reports it later.
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('{'))
        {
            return CorpusFormat.JsonLines;
        }
        var lines = text.Split('\n');
        // The last line may be cut off by the head limit.
        var complete = head.Length < HeadBytes ? lines : lines[..^1];
        return ListingLayout.HasTitleAbstractPair(complete) ? CorpusFormat.Abstracts : null;
    }
}

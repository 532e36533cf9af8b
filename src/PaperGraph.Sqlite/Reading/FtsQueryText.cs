using System.Text;
using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Turns what a user typed into an FTS5 query that only ever means "these words": each word is
/// quoted, so operators, column filters and stray quotes in the input are plain text.</summary>
internal static class FtsQueryText
{
    private const int MaxWords = 32;

    /// <returns>The query, or null when there are no words.</returns>
    public static string? From(IReadOnlyList<string> words, bool prefixLastWord)
    {
        if (words.Count == 0)
        {
            return null;
        }
        var query = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                query.Append(' ');
            }
            query.Append('"').Append(words[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (prefixLastWord && i == words.Count - 1)
            {
                query.Append('*');
            }
        }
        return query.ToString();
    }

    /// <summary>The first words of a user's text (runs of letters and digits, as the unicode61 tokenizer splits them).</summary>
    public static List<string> Words(string text) =>
        WordSpans(text).Take(MaxWords).Select(span => text.Substring(span.Start, span.Length)).ToList();

    public static IEnumerable<(int Start, int Length)> WordSpans(string text) => WordRuns.In(text, surrogatesAreLetters: true);
}

namespace PaperGraph.Sqlite.Reading;

/// <summary>A short excerpt of a text around the first word of a query it contains (plain text, no markup).</summary>
internal static class Snippet
{
    private const int WordsBefore = 6;
    private const int WordsAfter = 14;
    private const string Ellipsis = "…";

    public static string Around(string text, IReadOnlyList<string> queryWords, bool prefixLastWord)
    {
        var words = FtsQueryText.WordSpans(text).ToList();
        if (words.Count == 0)
        {
            return "";
        }
        var hit = words.FindIndex(span => Matches(text.AsSpan(span.Start, span.Length), queryWords, prefixLastWord));
        var first = Math.Max(0, hit - WordsBefore);
        var last = Math.Min(words.Count - 1, Math.Max(hit, 0) + WordsAfter);
        var start = words[first].Start;
        var end = words[last].Start + words[last].Length;
        return (first > 0 ? Ellipsis : "") + text[start..end] + (last < words.Count - 1 ? Ellipsis : "");
    }

    private static bool Matches(ReadOnlySpan<char> word, IReadOnlyList<string> queryWords, bool prefixLastWord)
    {
        for (var i = 0; i < queryWords.Count; i++)
        {
            var query = queryWords[i].AsSpan();
            var isPrefix = prefixLastWord && i == queryWords.Count - 1;
            if (isPrefix ? word.StartsWith(query, StringComparison.OrdinalIgnoreCase) : word.Equals(query, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

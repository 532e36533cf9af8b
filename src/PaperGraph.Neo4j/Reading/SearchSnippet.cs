using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Neo4j.Reading;

/// <summary>A short plain-text excerpt of an abstract around the first word of the query it contains.</summary>
internal static class SearchSnippet
{
    private const int WordsBefore = 6;
    private const int WordsAfter = 14;
    private const string Ellipsis = "…";

    public static string Around(string text, IReadOnlyList<string> queryWords, bool prefixLastWord)
    {
        var words = WordRuns.In(text).ToList();
        if (words.Count == 0)
        {
            return "";
        }
        var hit = Math.Max(0, words.FindIndex(span => Matches(text.AsSpan(span.Start, span.Length), queryWords, prefixLastWord)));
        var first = Math.Max(0, hit - WordsBefore);
        var last = Math.Min(words.Count - 1, hit + WordsAfter);
        var start = words[first].Start;
        var end = words[last].Start + words[last].Length;
        return (first > 0 ? Ellipsis : "") + text[start..end] + (last < words.Count - 1 ? Ellipsis : "");
    }

    private static bool Matches(ReadOnlySpan<char> word, IReadOnlyList<string> queryWords, bool prefixLastWord)
    {
        for (var i = 0; i < queryWords.Count; i++)
        {
            var isPrefix = prefixLastWord && i == queryWords.Count - 1;
            if (isPrefix
                    ? word.StartsWith(queryWords[i], StringComparison.OrdinalIgnoreCase)
                    : word.Equals(queryWords[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

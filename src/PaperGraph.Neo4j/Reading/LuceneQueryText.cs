using System.Text;
using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Neo4j.Reading;

/// <summary>Turns what a user typed into a Lucene query that only ever means "all these words": the text is split
/// into runs of letters and digits (no Lucene operator or special character survives) and lower-cased (so AND, OR
/// and NOT are words, not operators), and each word is required in either field. The last word may match as a
/// prefix. A match in the first field (a title or a name) weighs ten times one in the second, as in SQLite.</summary>
internal static class LuceneQueryText
{
    private const int MaxWords = 32;
    private const int MainFieldBoost = 10;

    /// <param name="fields">The two indexed properties: the main one (title, name), then the other.</param>
    /// <returns>The query, or null when there are no words.</returns>
    public static string? From(IReadOnlyList<string> words, bool prefixLastWord, (string Main, string Other) fields)
    {
        if (words.Count == 0)
        {
            return null;
        }
        var query = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var term = words[i].ToLowerInvariant() + (prefixLastWord && i == words.Count - 1 ? "*" : "");
            query.Append(i > 0 ? " +(" : "+(")
                .Append(fields.Main).Append(':').Append(term).Append('^').Append(MainFieldBoost).Append(' ')
                .Append(fields.Other).Append(':').Append(term).Append(')');
        }
        return query.ToString();
    }

    /// <summary>The first words of a user's text.</summary>
    public static List<string> Words(string text) =>
        WordRuns.In(text).Take(MaxWords).Select(span => text.Substring(span.Start, span.Length)).ToList();
}

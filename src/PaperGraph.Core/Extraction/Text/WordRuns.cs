namespace PaperGraph.Core.Extraction.Text;

/// <summary>The runs of letters and digits in a text: how search queries, search snippets and name matching split
/// text into words, so that no punctuation, quote or query operator survives in a word.</summary>
public static class WordRuns
{
    /// <param name="surrogatesAreLetters">Counts characters outside the Basic Multilingual Plane (emoji, rare scripts)
    /// as word characters, as SQLite's unicode61 tokenizer does.</param>
    public static IEnumerable<(int Start, int Length)> In(string text, bool surrogatesAreLetters = false)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (surrogatesAreLetters && char.IsSurrogate(text[i])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }
}

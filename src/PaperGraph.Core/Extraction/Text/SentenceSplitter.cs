using PaperGraph.Core.Extraction.Knowledge;

namespace PaperGraph.Core.Extraction.Text;

/// <summary>Splits an abstract into sentences at ". ! ?" followed by space and a capital or digit,
/// except after abbreviations ("e.g.", "et al.", "Fig.") and single initials; decimals never split
/// because a boundary needs a space after the stop. Line breaks always end a sentence.</summary>
internal static class SentenceSplitter
{
    private static readonly WordSet Abbreviations = Vocabulary.Words("abbreviations");

    public static List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, text, start, i);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' && IsBoundary(text, i))
            {
                Add(sentences, text, start, i + 1);
                start = i + 1;
            }
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsBoundary(string text, int stop)
    {
        var next = stop + 1;
        if (next >= text.Length || !char.IsWhiteSpace(text[next]))
        {
            return false;
        }
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }
        if (next >= text.Length)
        {
            return true;
        }
        var first = text[next];
        if (first is '"' or '\'' or '(' or '[' or '“' && next + 1 < text.Length)
        {
            first = text[next + 1];
        }
        if (!char.IsUpper(first) && !char.IsDigit(first))
        {
            return false;
        }
        return text[stop] != '.' || !IsAbbreviation(text, stop);
    }

    private static bool IsAbbreviation(string text, int stop)
    {
        var wordStart = stop;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }
        var word = text.AsSpan(wordStart, stop - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }
        return Abbreviations.Contains(word);
    }

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}

using PaperGraph.Core.Extraction.Knowledge;

namespace PaperGraph.Core.Extraction.Text;

/// <summary>Spelling tests that tell coined names ("CSPNet", "YOLOv4", "RT-DETR") from words.</summary>
internal static class NameShape
{
    private static readonly WordSet Languages = Vocabulary.Words("language-names", ignoreCase: false);

    private static readonly WordSet CapitalisedFunctionWords = Vocabulary.Words("capitalised-function-words", ignoreCase: false);

    /// <summary>A capital inside a word ("CSPNet", "pBNNs", "U-Net"), letters mixed with digits
    /// ("YOLOv4") or all capitals ("MAXIM"); dimensions such as "3D" and title-case compounds such as
    /// "Self-Supervised" are not names.</summary>
    public static bool IsCoined(ReadOnlySpan<char> word)
    {
        int letters = 0, upper = 0, digits = 0, innerUpper = 0, partStart = 0;
        var partAllUpper = true;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                    if (i > 0 && IsInnerCapital(word, i, partStart, partAllUpper))
                    {
                        innerUpper++;
                    }
                }
                else
                {
                    partAllUpper = false;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else
            {
                partStart = i + 1;
                partAllUpper = true;
            }
        }
        if (letters == 0 || (letters == 1 && digits == word.Length - 1))
        {
            return false;
        }
        return innerUpper > 0 || (upper > 0 && digits > 0) || (upper == letters && letters >= 2);
    }

    /// <summary>A capital after a letter or digit ("ResNet", "CSPNet"), or opening a part after a
    /// short all-capital prefix ("U-Net", "SE-ResNet"), but not a title-case part ("Self-Supervised").</summary>
    private static bool IsInnerCapital(ReadOnlySpan<char> word, int i, int partStart, bool partAllUpper)
    {
        if (char.IsLetterOrDigit(word[i - 1]))
        {
            return true;
        }
        if (i != partStart)
        {
            return false;
        }
        var prefix = word[..(i - 1)];
        var lastPart = prefix[(prefix.LastIndexOfAny('-', '\'', '’') + 1)..];
        return lastPart.Length > 0 && (lastPart.Length <= 2 || IsAllUpper(lastPart));
    }

    private static bool IsAllUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    public static bool IsCapitalised(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>A natural language written as a name ("Chinese", "Urdu").</summary>
    public static bool IsLanguageName(ReadOnlySpan<char> word) => Languages.Contains(word);

    public static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        CapitalisedFunctionWords.Contains(word);
}

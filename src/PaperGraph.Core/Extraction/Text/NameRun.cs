using PaperGraph.Core.Extraction.Knowledge;

namespace PaperGraph.Core.Extraction.Text;

/// <summary>Finds a name written at a token: a coined compound with any capitalised words after
/// it ("Cross-D Conv", "ControlNet-XS"), or two or more capitalised words ("Crossway Diffusion").
/// After a naming cue ("called X") one capitalised word is enough.</summary>
internal static class NameRun
{
    private const int MaxExtraWords = 3;

    /// <summary>Joining words inside a title-case name ("Network In Network", "Weigh And Select"); in
    /// lower case only "of" ("Mixture of Experts"), since "X and Y" or "X on COCO" are two names.</summary>
    private static readonly WordSet Joiners = Vocabulary.Words("name-joiners", ignoreCase: false);

    /// <summary>Hyphenated qualities ("DAG-based", "Memory-Efficient") describe a name, they are not one.</summary>
    private static readonly string[] QualitySuffixes = Vocabulary.Entries("name-quality-suffixes");

    public static TextSpan? At(AbstractDocument document, int first, bool capitalisedSuffices)
    {
        var tokens = document.Tokens;
        if (first >= tokens.Count || tokens[first].Kind != TokenKind.Word)
        {
            return null;
        }
        var last = CompoundWord.LastToken(document, first);
        var head = CompoundWord.Text(document, first, last);
        if (NameShape.IsFunctionWord(head))
        {
            return null;
        }
        var coined = NameShape.IsCoined(head);
        var capitalised = NameShape.IsCapitalised(head);
        var sentenceStart = first == document.FirstTokenOf(tokens[first].Sentence);
        if (!coined && !(capitalised && (capitalisedSuffices || !sentenceStart)))
        {
            return null;
        }
        if (HasQualitySuffix(head))
        {
            return null;
        }
        var words = 1;
        while (words <= MaxExtraWords && NextWord(document, last, tokens[first].Sentence) is var (nextFirst, nextLast))
        {
            var next = CompoundWord.Text(document, nextFirst, nextLast);
            if (Joiners.Contains(next) && NextWord(document, nextLast, tokens[first].Sentence) is var (afterFirst, afterLast)
                && IsNamePart(CompoundWord.Text(document, afterFirst, afterLast)))
            {
                last = afterLast;
                words += 2;
                continue;
            }
            if (!IsNamePart(next))
            {
                break;
            }
            last = nextLast;
            words++;
        }
        if (!coined && !capitalisedSuffices && words < 2)
        {
            return null;
        }
        return document.SpanOf(first, last);
    }

    private static bool IsNamePart(ReadOnlySpan<char> word) =>
        NameShape.IsCapitalised(word) && !NameShape.IsFunctionWord(word) && !HasQualitySuffix(word);

    private static bool HasQualitySuffix(ReadOnlySpan<char> word)
    {
        foreach (var suffix in QualitySuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The compound word after <paramref name="last"/> in the same sentence, if any.</summary>
    private static (int First, int Last)? NextWord(AbstractDocument document, int last, int sentence)
    {
        var next = last + 1;
        if (next >= document.Tokens.Count || document.Tokens[next].Kind != TokenKind.Word || document.Tokens[next].Sentence != sentence)
        {
            return null;
        }
        return (next, CompoundWord.LastToken(document, next));
    }
}

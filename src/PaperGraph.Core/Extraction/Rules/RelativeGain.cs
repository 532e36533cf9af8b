using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Whether a number states a relative gain, a ratio or a count rather than a score:
/// "improves by 2%", "by more than 1.2", "+1.2 AP", "2x faster", "3.1% higher", "10 classes", a bare year.</summary>
internal sealed class RelativeGain
{
    private const int GainReach = 5;

    private readonly ResultVocabulary _words;

    public RelativeGain(ResultVocabulary words)
    {
        _words = words;
    }

    /// <param name="qualifier">The bound before the number; the words before it decide ("by over 2%").</param>
    public bool IsRelative(AbstractDocument document, int number, ResultQualifier qualifier)
    {
        var before = qualifier.First - 1;
        if (document.IsPunctuation(number - 1, '+') || document.IsPunctuation(number - 1, '±') || document.IsPunctuation(number - 1, '×'))
        {
            return true;
        }
        // "an improvement of over 2%": the gain noun is one "of" further back.
        if (document.IsWordIn(before, _words.GainBefore) || (document.TokenIs(before, "of") && document.IsWordIn(before - 1, _words.GainBefore)))
        {
            return true;
        }
        var after = ResultTokens.AfterNumber(document, number);
        if (document.IsPunctuation(after, '×') || document.IsWordIn(after, _words.GainAfter) || GainFollows(document, after))
        {
            return true;
        }
        return IsModifier(document, number) || IsYear(document, number);
    }

    /// <summary>"4.0% ImageNet top-1 accuracy improvement": a gain noun closing the number's phrase.</summary>
    private bool GainFollows(AbstractDocument document, int next)
    {
        var end = Math.Min(document.Tokens.Count, next + GainReach);
        for (var i = next; i < end && document.Tokens[i].Sentence == document.Tokens[next - 1].Sentence; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Punctuation && document.Text[token.Start] is ',' or ';' or '(' or ')' or '.')
            {
                return false;
            }
            if (document.IsWordIn(i, _words.GainNouns))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"10-shot", "50-layer", "8-bit": a number hyphenated to a word qualifies that word.</summary>
    private static bool IsModifier(AbstractDocument document, int number)
    {
        var end = document.Tokens[number].End;
        return end + 1 < document.Text.Length && document.Text[end] == '-' && char.IsLetter(document.Text[end + 1]);
    }

    private static bool IsYear(AbstractDocument document, int number)
    {
        var text = document.TokenText(number);
        return text.Length == 4 && text[0] is '1' or '2' && !text.Contains('.') && !document.IsPunctuation(number + 1, '%');
    }
}

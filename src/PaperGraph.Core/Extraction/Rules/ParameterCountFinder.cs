using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>"parameters" is a metric only when counted or compared: "85 million parameters",
/// "25M params", "4M+ parameters", "with fewer parameters", "a fraction of parameters".
/// Elsewhere ("model parameters") it is an ordinary word.</summary>
internal static class ParameterCountFinder
{
    public const string MetricName = "parameter count";

    private static readonly WordSet Nouns = Vocabulary.Words("parameter-nouns");

    private static readonly WordSet CountWords = Vocabulary.Words("count-words");

    private static readonly WordSet QuantityNouns = Vocabulary.Words("quantity-nouns");

    /// <summary>"25M", "1.3B" written as one word.</summary>
    private static bool IsScaledCount(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsAsciiDigit(word[0]) && word[^1] is 'M' or 'B' or 'K' or 'G';

    public static IEnumerable<FoundMention> Find(AbstractDocument document)
    {
        var tokens = document.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!document.IsWordIn(i, Nouns))
            {
                continue;
            }
            var before = i - 1;
            var counted = tokens[before].Kind == TokenKind.Number
                || document.IsPunctuation(before, '%')
                || document.IsPunctuation(before, '+')
                || (tokens[before].Kind == TokenKind.Word && (CountWords.Contains(document.TokenText(before)) || IsScaledCount(document.TokenText(before))))
                || (document.TokenIs(before, "of") && before > 0 && (QuantityNouns.Contains(document.TokenText(before - 1)) || document.IsPunctuation(before - 1, '%')));
            if (counted)
            {
                yield return new FoundMention(EntityType.Metric, MetricName, null, tokens[i].Span, tokens[i].Sentence);
            }
        }
    }
}

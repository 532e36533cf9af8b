using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>"parameters" is a metric only when counted or compared: "85 million parameters",
/// "25M params", "with fewer parameters". Elsewhere ("model parameters") it is an ordinary word.</summary>
internal static class ParameterCountFinder
{
    public const string MetricName = "parameter count";

    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase) { "parameters", "params" };

    private static readonly HashSet<string> CountWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "million", "billion", "thousand", "M", "B", "K", "fewer", "less", "more", "trainable", "learnable",
    };

    public static IEnumerable<FoundMention> Find(AbstractDocument document)
    {
        var tokens = document.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !Nouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenText(i)))
            {
                continue;
            }
            var before = i - 1;
            var counted = tokens[before].Kind == TokenKind.Number
                || (tokens[before].Kind == TokenKind.Word && CountWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenText(before)))
                || document.IsPunctuation(before, '%');
            if (counted)
            {
                yield return new FoundMention(EntityType.Metric, MetricName, null, tokens[i].Span, tokens[i].Sentence);
            }
        }
    }
}

using System.Text.RegularExpressions;
using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>The setting of a dataset a result is on, so results at different settings are never ranked
/// together: a resolution in the dataset's name ("ImageNet 32x32" is ImageNet at "32×32") or written
/// beside it ("ImageNet 256×256", "256 × 256 ImageNet", "ImageNet at 512x512"), else an "N-way K-shot"
/// episode setting in the result's sentence.</summary>
internal static partial class DatasetSetting
{
    [GeneratedRegex(@"\b(\d+)\s*-\s*way\s*,?\s*(\d+)\s*-\s*shot\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Episode();

    /// <summary>The dataset to report (the parent when the variant is only a resolution of it) and its setting.</summary>
    public static (string Dataset, string? Setting) Of(AbstractDocument document, FoundMention dataset)
    {
        if (dataset.Parent is not null && Resolution.In(dataset.Canonical) is { } named)
        {
            return (dataset.Parent, named);
        }
        var first = document.TokenAt(dataset.Span.Start);
        var last = document.TokenAt(dataset.Span.End) - 1;
        var after = document.TokenIs(last + 1, "at") || document.IsPunctuation(last + 1, '(') ? last + 2 : last + 1;
        var written = Written(document, after, dataset.Sentence) ?? Before(document, first, dataset.Sentence);
        if (written is not null)
        {
            return (dataset.Canonical, written);
        }
        var sentence = document.TextOf(document.Sentences[dataset.Sentence]);
        return (dataset.Canonical, Episode().Match(sentence) is { Success: true } m ? $"{m.Groups[1].Value}-way {m.Groups[2].Value}-shot" : null);
    }

    private static string? Written(AbstractDocument document, int first, int sentence) =>
        first < document.Tokens.Count && document.Tokens[first].Sentence == sentence ? Resolution.At(document, first)?.Text : null;

    /// <summary>"256×256 ImageNet": a resolution ending just before the name.</summary>
    private static string? Before(AbstractDocument document, int first, int sentence)
    {
        for (var start = first - 3; start < first; start++)
        {
            if (start >= 0 && document.Tokens[start].Sentence == sentence && Resolution.At(document, start) is { } r && r.Last == first - 1)
            {
                return r.Text;
            }
        }
        return null;
    }
}

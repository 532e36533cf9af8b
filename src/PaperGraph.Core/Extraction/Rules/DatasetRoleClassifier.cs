using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Whether the paper evaluates on a dataset or only mentions it. Abstracts name datasets
/// mostly to report on them, so a dataset counts as evaluated on unless every mention is in a
/// background context: pre-training data ("pre-trained on ImageNet-21K") or others' work.</summary>
internal static class DatasetRoleClassifier
{
    private static readonly string[] BackgroundCues =
    [
        "pre-train", "pretrain", "pre-training", "previous", "prior work", "existing", "widely used", "commonly used",
    ];

    public static RelationType RoleOf(AbstractDocument document, IEnumerable<FoundMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (!IsBackground(document, mention))
            {
                return RelationType.EvaluatedOn;
            }
        }
        return RelationType.Mentions;
    }

    private static bool IsBackground(AbstractDocument document, FoundMention mention)
    {
        var sentence = document.Sentences[mention.Sentence];
        var windowStart = Math.Max(sentence.Start, mention.Span.Start - 40);
        var before = document.Text.AsSpan(windowStart, mention.Span.Start - windowStart);
        foreach (var cue in BackgroundCues)
        {
            if (before.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

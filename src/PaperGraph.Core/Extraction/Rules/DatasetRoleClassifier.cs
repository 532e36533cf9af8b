using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Whether the paper evaluates on a dataset or only mentions it. Abstracts name datasets
/// mostly to report on them, so a dataset counts as evaluated on unless every mention is in a
/// background context: pre-training data ("pre-trained on ImageNet-21K", "after ImageNet-22K
/// pre-training") or others' work.</summary>
internal static class DatasetRoleClassifier
{
    private static readonly string[] BackgroundCues = Vocabulary.Entries("dataset-background-cues");

    private static readonly string[] PretrainingCues = Vocabulary.Entries("pretraining-cues");

    /// <summary>Words of a sentence that reports experiments on what it names.</summary>
    private static readonly WordSet EvaluationCues = Vocabulary.Words("evaluation-sentence-cues");

    private const int WindowBefore = 40;

    private const int WindowAfter = 16;

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

    /// <summary>Whether a dataset the paper introduces is also used for its experiments ("We evaluate
    /// our method in X, a new benchmark"), not only described ("We introduce X and use it to ...").</summary>
    public static bool IsEvaluatedIn(AbstractDocument document, IEnumerable<FoundMention> mentions) =>
        mentions.Any(mention => document.SentenceHas(mention.Sentence, EvaluationCues));

    private static bool IsBackground(AbstractDocument document, FoundMention mention)
    {
        var sentence = document.Sentences[mention.Sentence];
        var afterEnd = Math.Min(sentence.End, mention.Span.End + WindowAfter);
        if (ContainsAny(document.Text.AsSpan(mention.Span.End, afterEnd - mention.Span.End), PretrainingCues))
        {
            return true;
        }
        var windowStart = Math.Max(sentence.Start, mention.Span.Start - WindowBefore);
        return ContainsAny(document.Text.AsSpan(windowStart, mention.Span.Start - windowStart), BackgroundCues);
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] cues)
    {
        foreach (var cue in cues)
        {
            if (text.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

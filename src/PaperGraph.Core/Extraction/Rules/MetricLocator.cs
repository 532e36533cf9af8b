using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>The metric a reported number is a value of, in the order the shapes are tried: named right
/// after it ("43.5% AP"), before it ("an AP of 43.5", "FID=9.91"), after the next number of a pair
/// ("94.1% and 86.7% accuracy"), or as the subject its clause reports on ("the AP on COCO reaches 50.5").</summary>
internal sealed class MetricLocator
{
    private const int SubjectReach = 12;

    private readonly ResultVocabulary _words;
    private readonly MetricVocabulary _metrics;
    private readonly ConditionFinder _conditions;

    public MetricLocator(ResultVocabulary words, MetricVocabulary metrics, ConditionFinder conditions)
    {
        _words = words;
        _metrics = metrics;
        _conditions = conditions;
    }

    /// <param name="unit">"%" when the number has a percent sign.</param>
    public FoundMention? Find(AbstractDocument document, int number, ResultQualifier qualifier, string unit, MentionLookup metrics, MentionLookup datasets)
    {
        var next = ResultTokens.AfterNumber(document, number);
        return MetricAfter(document, next, metrics, datasets)
            ?? OwnValue(document, next, unit, datasets, MetricBefore(document, qualifier.First, metrics))
            ?? SharedMetricAhead(document, next, metrics, datasets)
            ?? OwnValue(document, next, unit, datasets, MetricAsSubject(document, qualifier, metrics));
    }

    /// <summary>The metric named before a number, unless the number counts something else ("accuracy
    /// averaged over 3 runs"); a cost keeps its unit word ("a latency of 5 ms").</summary>
    private FoundMention? OwnValue(AbstractDocument document, int next, string unit, MentionLookup datasets, FoundMention? metric)
    {
        // A word glued to the number ("8.81pm0.10") is a notation, not a counted noun.
        var countsOther = unit.Length == 0 && next < document.Tokens.Count && document.Tokens[next].Kind == TokenKind.Word
            && document.Tokens[next].Start > document.Tokens[next - 1].End
            && !_words.ListWords.Contains(document.TokenText(next)) && datasets.StartingAt(document.Tokens[next].Start) is null;
        return metric is not null && countsOther && !_metrics.IsCost(metric.Canonical) ? null : metric;
    }

    /// <summary>"43.5% AP", "(65.7% AP50)", "88.2% ImageNet-1K accuracy", "61.2% 10-shot accuracy": the
    /// metric right after the number, past a dataset name and a one-word condition.</summary>
    private FoundMention? MetricAfter(AbstractDocument document, int next, MentionLookup metrics, MentionLookup datasets)
    {
        for (var skips = 0; skips <= 2 && next < document.Tokens.Count; skips++)
        {
            var start = document.Tokens[next].Start;
            if (metrics.StartingAt(start) is { } metric)
            {
                return metric;
            }
            if (datasets.StartingAt(start) is { } dataset)
            {
                next = document.TokenAt(dataset.Span.End);
            }
            else if (_conditions.WordConditionEnd(document, next) is { } last)
            {
                next = last + 1;
            }
            else
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>"94.1% and 86.7% accuracy": a number listed before one that names the shared metric.</summary>
    private FoundMention? SharedMetricAhead(AbstractDocument document, int next, MentionLookup metrics, MentionLookup datasets)
    {
        if (!(document.TokenIs(next, "and") || document.IsPunctuation(next, ',') || document.IsPunctuation(next, '/')))
        {
            return null;
        }
        var number = document.TokenIs(next + 1, "and") ? next + 2 : next + 1;
        if (number >= document.Tokens.Count || document.Tokens[number].Kind != TokenKind.Number)
        {
            return null;
        }
        return MetricAfter(document, ResultTokens.AfterNumber(document, number), metrics, datasets);
    }

    /// <summary>"an error rate of 2.57%", "mIoU 61.0", "FID=9.91", "Frechet Inception Distance (FID) of 2.88".</summary>
    /// <param name="start">The first token of the number and the bound before it ("of about 80%").</param>
    private FoundMention? MetricBefore(AbstractDocument document, int start, MentionLookup metrics)
    {
        var limit = Math.Max(document.FirstTokenOf(document.Tokens[start].Sentence), start - 6);
        for (var i = start - 1; i >= limit; i--)
        {
            var metric = metrics.EndingAt(document.Tokens[i].End);
            if (metric is not null)
            {
                return metric;
            }
            var token = document.Tokens[i];
            var isLink = token.Kind == TokenKind.Punctuation
                ? document.Text[token.Start] is '=' or ':' or '(' or ')' or '~' or '≈'
                : _words.LinkWords.Contains(document.TokenText(i)) || (document.IsWordIn(i, _words.ChangeVerbs) && document.TokenIs(i + 1, "to"));
            if (!isLink)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>"On ImageNet, top-5 accuracy of some of our networks approaches 50%", "the AP on COCO
    /// reaches 50.5": a reporting verb before the number, and the nearest metric before it in the clause,
    /// with no other number between.</summary>
    private FoundMention? MetricAsSubject(AbstractDocument document, ResultQualifier qualifier, MentionLookup metrics)
    {
        var verb = qualifier.First - 1;
        // "approaches 50%": the bound is itself the verb.
        var isVerbQualifier = qualifier.Symbol.Length > 0 && document.IsWordIn(qualifier.First, _words.ReportVerbs);
        var from = document.IsWordIn(verb, _words.ReportVerbs) ? verb - 1 : isVerbQualifier ? qualifier.First - 1 : -1;
        if (from < 0)
        {
            return null;
        }
        var sentence = document.Tokens[qualifier.First].Sentence;
        var limit = Math.Max(document.FirstTokenOf(sentence), from - SubjectReach);
        for (var i = from; i >= limit; i--)
        {
            if (metrics.EndingAt(document.Tokens[i].End) is { } metric)
            {
                return metric;
            }
            if (document.Tokens[i].Kind == TokenKind.Number || document.IsPunctuation(i, ';') || document.IsPunctuation(i, ','))
            {
                return null;
            }
        }
        return null;
    }
}

using System.Globalization;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Numeric results: a number tied to a metric next to it ("43.5% AP", "an FID of 2.88",
/// "88.2% ImageNet-1K accuracy") and to a dataset in the same clause or sentence. A number with no
/// metric of its own takes the metric of the previous result in its sentence ("2.57% on CIFAR10 ...
/// 24.2% on ImageNet"), or of the previous sentence's result on the same dataset when its own
/// sentence names no metric before it ("88.2% ImageNet-1K accuracy. ... 90.0% on ImageNet-1K"). Relative gains ("improves by 2%", "+1.2 AP", "2x faster") and compute budgets
/// ("491 MFLOPs") are not results.</summary>
internal static class ResultExtractor
{
    private static readonly WordSet GainWordsBefore = new(
        "by", "gain", "gains", "improvement", "improvements", "increase", "increases", "boost", "boosts",
        "reduction", "reduces", "reduce", "margin", "drop", "decrease", "decreases", "improves", "improve",
        "up", "than", "over", "least", "only");

    private static readonly WordSet GainWordsAfter = new(
        "x", "times", "fold", "higher", "lower", "more", "less", "fewer", "faster", "slower", "better", "worse",
        "improvement", "improvements", "gain", "gains", "increase", "reduction", "points", "point", "pp",
        "relative", "absolute", "smaller", "larger", "speedup", "of", "in", "million", "billion", "thousand",
        "M", "B", "K", "G", "layers", "classes", "images", "samples", "steps", "epochs", "tasks", "datasets");

    /// <summary>Nouns and comparatives that make the phrase a number opens a relative gain.</summary>
    private static readonly WordSet GainNouns = new(
        "improvement", "improvements", "gain", "gains", "increase", "boost", "reduction", "higher", "lower",
        "better", "fewer", "less", "more", "faster", "slower", "speedup", "drop");

    private const int GainReach = 5;

    private static readonly WordSet Respectively = new("respectively");

    private static readonly WordSet LinkWords = new(
        "of", "is", "at", "to", "reaches", "reaching", "achieves", "achieving", "obtains", "with", "score",
        "scores", "a", "an", "the", "value", "attains", "yields", "top", "best", "new", "record", "from", "about",
        "around", "approximately", "nearly", "almost", "over", "averaged", "average", "mean");

    /// <summary>Verbs that link a metric to its new value through "to" ("WER drops to 1.9%"); without
    /// "to" they state a change ("drops 2%").</summary>
    private static readonly WordSet ChangeVerbs = new(
        "drops", "dropped", "falls", "fell", "rises", "rose", "improves", "improved", "increases", "increased",
        "decreases", "decreased", "reduces", "reduced", "goes", "went", "climbs", "climbed");

    /// <summary>After a number, words that keep it in a list of results sharing one metric.</summary>
    private static readonly WordSet ListWords = new("on", "for", "in", "at", "and", "respectively", "with", "using");

    /// <summary>Model size and compute are budgets, not scores on a dataset.</summary>
    private static readonly WordSet BudgetMetrics = new(
        "FLOPs", "MACs", "parameter count", "model size", "memory footprint", "latency", "inference time");

    public static List<ExtractedResult> Find(AbstractDocument document, IReadOnlyList<FoundMention> mentions, Func<FoundMention, string> metricName)
    {
        var results = new List<ExtractedResult>();
        var metrics = new MentionLookup(mentions.Where(m => m.Type == EntityType.Metric));
        var datasets = new MentionLookup(mentions.Where(m => m.Type == EntityType.Dataset));
        if (metrics.All.Count == 0 || datasets.All.Count == 0)
        {
            return results;
        }
        var onlyDataset = datasets.All.Select(d => d.Canonical).Distinct().Count() == 1 ? datasets.All[0] : null;
        var numbers = FreeNumbers(document, mentions);
        (FoundMention Metric, string Unit, string Dataset, int Sentence)? previous = null;
        for (var n = 0; n < numbers.Count; n++)
        {
            var i = numbers[n];
            var token = document.Tokens[i];
            if (IsRelative(document, i))
            {
                continue;
            }
            var unit = document.IsPunctuation(i + 1, '%') ? "%" : "";
            var next = AfterNumber(document, i);
            var explicitMetric = MetricAfter(document, next, metrics, datasets) ?? MetricBefore(document, i, metrics)
                ?? SharedMetricAhead(document, next, metrics, datasets);
            var nextNumber = n + 1 < numbers.Count && document.Tokens[numbers[n + 1]].Sentence == token.Sentence ? numbers[n + 1] : -1;
            var dataset = DatasetFor(document, i, nextNumber, datasets) ?? (explicitMetric is null ? null : onlyDataset);
            var metric = explicitMetric;
            if (metric is null && previous is { } p && p.Unit == unit && ContinuesList(document, next)
                && (p.Sentence == token.Sentence || (p.Dataset == dataset?.Canonical && !HasMetricBefore(document, i, metrics))))
            {
                metric = p.Metric;
            }
            if (metric is null || dataset is null || BudgetMetrics.Contains(metric.Canonical))
            {
                continue;
            }
            var value = double.Parse(document.TokenText(i).ToString().Replace(",", ""), CultureInfo.InvariantCulture);
            var end = unit.Length > 0 ? token.End + 1 : token.End;
            var sentence = document.Sentences[token.Sentence];
            results.Add(new ExtractedResult(dataset.Canonical, metricName(metric), value, unit,
                new Provenance(sentence.Start, sentence.End, token.Start, end)));
            previous = (metric, unit, dataset.Canonical, token.Sentence);
        }
        return PairRespectively(document, results, datasets);
    }

    /// <summary>"94.1% and 86.7% accuracy on SST-2 and MNLI, respectively": the n-th number of the
    /// sentence belongs to its n-th dataset.</summary>
    private static List<ExtractedResult> PairRespectively(AbstractDocument document, List<ExtractedResult> results, MentionLookup datasets)
    {
        var paired = new List<ExtractedResult>(results.Count);
        foreach (var sentenceResults in results.GroupBy(r => r.Provenance.SentenceStart))
        {
            var list = sentenceResults.ToList();
            var sentence = document.TokenAt(sentenceResults.Key) is var first && first < document.Tokens.Count ? document.Tokens[first].Sentence : -1;
            var names = SentenceDatasets(document, sentence, datasets);
            if (list.Count > 1 && names.Count == list.Count && document.SentenceHas(sentence, Respectively))
            {
                paired.AddRange(list.Select((r, k) => r with { Dataset = names[k] }));
            }
            else
            {
                paired.AddRange(list);
            }
        }
        return paired;
    }

    /// <summary>Datasets of a sentence in order; a variant and its parent ("Stanford Sentiment Treebank
    /// (SST-2)") count once, under the variant.</summary>
    private static List<string> SentenceDatasets(AbstractDocument document, int sentence, MentionLookup datasets)
    {
        var roots = new List<string>();
        var names = new List<string>();
        for (var d = datasets.FirstStartingFrom(document.Sentences[sentence].Start); d is not null && d.Sentence == sentence; d = datasets.FirstStartingFrom(d.Span.End))
        {
            var root = d.Parent ?? d.Canonical;
            var at = roots.IndexOf(root);
            if (at < 0)
            {
                roots.Add(root);
                names.Add(d.Canonical);
            }
            else if (d.Parent is not null)
            {
                names[at] = d.Canonical;
            }
        }
        return names;
    }

    /// <summary>Numbers that stand alone: not part of a name ("top-1", "CIFAR-10") and not glued to
    /// a word or another number ("pm0.087").</summary>
    private static List<int> FreeNumbers(AbstractDocument document, IReadOnlyList<FoundMention> mentions)
    {
        var numbers = new List<int>();
        var m = 0;
        for (var i = 0; i < document.Tokens.Count; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind != TokenKind.Number)
            {
                continue;
            }
            while (m < mentions.Count && mentions[m].Span.End <= token.Start)
            {
                m++;
            }
            var insideMention = m < mentions.Count && mentions[m].Span.Start <= token.Start;
            var glued = token.Start > 0 && (char.IsLetterOrDigit(document.Text[token.Start - 1]) || document.Text[token.Start - 1] is '.' or '-');
            if (!insideMention && !glued)
            {
                numbers.Add(i);
            }
        }
        return numbers;
    }

    private static bool IsRelative(AbstractDocument document, int number)
    {
        var before = number - 1;
        if (document.IsPunctuation(before, '+') || document.IsPunctuation(before, '±') || document.IsPunctuation(before, '×'))
        {
            return true;
        }
        if (document.IsWordIn(before, GainWordsBefore))
        {
            return true;
        }
        if (document.TokenIs(before, "to") && document.TokenIs(before - 1, "up"))
        {
            return true;
        }
        var after = AfterNumber(document, number);
        if (document.IsPunctuation(after, '×'))
        {
            return true;
        }
        if (document.IsWordIn(after, GainWordsAfter))
        {
            return true;
        }
        if (GainFollows(document, after))
        {
            return true;
        }
        // A bare year is not a score.
        var text = document.TokenText(number);
        return text.Length == 4 && text[0] is '1' or '2' && !text.Contains('.') && !document.IsPunctuation(number + 1, '%');
    }

    /// <summary>The token after a number and its percent sign, if it has one.</summary>
    private static int AfterNumber(AbstractDocument document, int number) =>
        document.IsPunctuation(number + 1, '%') ? number + 2 : number + 1;

    private static bool HasMetricBefore(AbstractDocument document, int number, MentionLookup metrics) =>
        metrics.LastEndingBy(document.Tokens[number].Start) is { } m && m.Sentence == document.Tokens[number].Sentence;

    /// <summary>"4.0% ImageNet top-1 accuracy improvement": a gain noun closing the number's phrase.</summary>
    private static bool GainFollows(AbstractDocument document, int next)
    {
        var end = Math.Min(document.Tokens.Count, next + GainReach);
        for (var i = next; i < end && document.Tokens[i].Sentence == document.Tokens[next - 1].Sentence; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Punctuation && document.Text[token.Start] is ',' or ';' or '(' or ')' or '.')
            {
                return false;
            }
            if (document.IsWordIn(i, GainNouns))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContinuesList(AbstractDocument document, int next) =>
        next >= document.Tokens.Count || document.Tokens[next].Kind != TokenKind.Word || ListWords.Contains(document.TokenText(next));

    /// <summary>"43.5% AP", "(65.7% AP50)", "88.2% ImageNet-1K accuracy".</summary>
    private static FoundMention? MetricAfter(AbstractDocument document, int next, MentionLookup metrics, MentionLookup datasets)
    {
        if (next >= document.Tokens.Count)
        {
            return null;
        }
        var start = document.Tokens[next].Start;
        var dataset = datasets.StartingAt(start);
        if (dataset is not null && document.TokenAt(dataset.Span.End) is var after && after < document.Tokens.Count)
        {
            start = document.Tokens[after].Start;
        }
        return metrics.StartingAt(start);
    }

    /// <summary>"94.1% and 86.7% accuracy": a number listed before one that names the shared metric.</summary>
    private static FoundMention? SharedMetricAhead(AbstractDocument document, int next, MentionLookup metrics, MentionLookup datasets)
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
        return MetricAfter(document, AfterNumber(document, number), metrics, datasets);
    }

    /// <summary>"an error rate of 2.57%", "mIoU 61.0", "FID=9.91", "Frechet Inception Distance (FID) of 2.88".</summary>
    private static FoundMention? MetricBefore(AbstractDocument document, int number, MentionLookup metrics)
    {
        var limit = Math.Max(document.FirstTokenOf(document.Tokens[number].Sentence), number - 6);
        for (var i = number - 1; i >= limit; i--)
        {
            var end = document.Tokens[i].End;
            var metric = metrics.EndingAt(end);
            if (metric is not null)
            {
                return metric;
            }
            var token = document.Tokens[i];
            var isLink = token.Kind == TokenKind.Punctuation
                ? document.Text[token.Start] is '=' or ':' or '(' or ')' or '~' or '≈'
                : LinkWords.Contains(document.TokenText(i)) || (document.IsWordIn(i, ChangeVerbs) && document.TokenIs(i + 1, "to"));
            if (!isLink)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The dataset named between the number and the next one ("2.57% on CIFAR10"), else
    /// the nearest before it in the sentence ("on COCO test-dev, ... 50.5 AP"), else the nearest after.</summary>
    private static FoundMention? DatasetFor(AbstractDocument document, int number, int nextNumber, MentionLookup datasets)
    {
        var token = document.Tokens[number];
        var sentence = document.Sentences[token.Sentence];
        var limit = nextNumber >= 0 ? document.Tokens[nextNumber].Start : sentence.End;
        var after = datasets.FirstStartingFrom(token.End);
        if (after is not null && after.Span.Start < limit)
        {
            return after;
        }
        var before = datasets.LastEndingBy(token.Start);
        if (before is not null && before.Sentence == token.Sentence)
        {
            return before;
        }
        return after is not null && after.Sentence == token.Sentence ? after : null;
    }
}

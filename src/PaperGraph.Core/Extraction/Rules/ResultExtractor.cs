using System.Globalization;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Numeric results: a number tied to a metric next to it ("43.5% AP", "an FID of 2.88")
/// and to a dataset in the same clause or sentence. A number with no metric of its own takes the
/// metric of the previous result in the sentence ("2.57% on CIFAR10 ... 24.2% on ImageNet").
/// Relative gains ("improves by 2%", "+1.2 AP", "2x faster") are skipped.</summary>
internal static class ResultExtractor
{
    private static readonly HashSet<string> GainWordsBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "gain", "gains", "improvement", "improvements", "increase", "increases", "boost", "boosts",
        "reduction", "reduces", "reduce", "margin", "drop", "decrease", "decreases", "improves", "improve",
        "up", "than", "over", "least",
    };

    private static readonly HashSet<string> GainWordsAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "x", "times", "fold", "higher", "lower", "more", "less", "fewer", "faster", "slower", "better", "worse",
        "improvement", "improvements", "gain", "gains", "increase", "reduction", "points", "point", "pp",
        "relative", "absolute", "smaller", "larger", "speedup", "of", "in",
    };

    private static readonly HashSet<string> LinkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "is", "at", "to", "reaches", "reaching", "achieves", "achieving", "obtains", "with", "score",
        "scores", "=", "a", "an", "the", "value", "attains", "yields", "top", "best", "new", "record",
    };

    public static List<ExtractedResult> Find(AbstractDocument document, IReadOnlyList<FoundMention> mentions, Func<FoundMention, string> metricName)
    {
        var results = new List<ExtractedResult>();
        var metrics = mentions.Where(m => m.Type == EntityType.Metric).ToList();
        var datasets = mentions.Where(m => m.Type == EntityType.Dataset).ToList();
        if (metrics.Count == 0 || datasets.Count == 0)
        {
            return results;
        }
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentenceDatasets = datasets.Where(d => d.Sentence == s).ToList();
            if (sentenceDatasets.Count == 0)
            {
                continue;
            }
            var sentenceMetrics = metrics.Where(m => m.Sentence == s).ToList();
            FoundMention? previousMetric = null;
            string? previousUnit = null;
            for (var i = document.FirstTokenOf(s); i < document.EndTokenOf(s); i++)
            {
                if (document.Tokens[i].Kind != TokenKind.Number || IsRelative(document, i) || InsideMention(mentions, document.Tokens[i].Start))
                {
                    continue;
                }
                var unit = document.IsPunctuation(i + 1, '%') ? "%" : "";
                var metric = MetricAfter(document, i, unit, sentenceMetrics) ?? MetricBefore(document, i, sentenceMetrics)
                    ?? (previousUnit == unit ? previousMetric : null);
                if (metric is null)
                {
                    continue;
                }
                var dataset = DatasetFor(document, i, sentenceDatasets);
                if (dataset is null)
                {
                    continue;
                }
                var value = double.Parse(document.TokenText(i).ToString().Replace(",", ""), CultureInfo.InvariantCulture);
                var token = document.Tokens[i];
                var end = unit.Length > 0 ? token.End + 1 : token.End;
                var sentence = document.Sentences[s];
                results.Add(new ExtractedResult(dataset.Canonical, metricName(metric), value, unit,
                    new Provenance(sentence.Start, sentence.End, token.Start, end)));
                previousMetric = metric;
                previousUnit = unit;
            }
        }
        return results;
    }

    private static bool InsideMention(IReadOnlyList<FoundMention> mentions, int offset)
    {
        foreach (var mention in mentions)
        {
            if (mention.Span.Contains(offset))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsRelative(AbstractDocument document, int number)
    {
        var before = number - 1;
        if (document.IsPunctuation(before, '+') || document.IsPunctuation(before, '±') || document.IsPunctuation(before, '×') || document.IsPunctuation(before, '~'))
        {
            return true;
        }
        if (before >= 0 && document.Tokens[before].Kind == TokenKind.Word && GainWordsBefore.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenText(before)))
        {
            return true;
        }
        var after = number + 1;
        if (document.IsPunctuation(after, '%'))
        {
            after++;
        }
        if (document.IsPunctuation(after, '×'))
        {
            return true;
        }
        if (after < document.Tokens.Count && document.Tokens[after].Kind == TokenKind.Word
            && GainWordsAfter.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenText(after)))
        {
            return true;
        }
        var text = document.TokenText(number);
        // A bare year or count is not a score.
        return text.Length == 4 && !text.Contains('.') && document.TokenText(number)[0] is '1' or '2' && !document.IsPunctuation(number + 1, '%');
    }

    /// <summary>"43.5% AP", "77.3% top-1 accuracy", "(65.7% AP50)".</summary>
    private static FoundMention? MetricAfter(AbstractDocument document, int number, string unit, List<FoundMention> metrics)
    {
        var next = number + 1 + unit.Length;
        if (next >= document.Tokens.Count)
        {
            return null;
        }
        var start = document.Tokens[next].Start;
        return metrics.FirstOrDefault(m => m.Span.Start == start);
    }

    /// <summary>"an error rate of 2.57%", "mIoU 61.0", "FID = 2.88".</summary>
    private static FoundMention? MetricBefore(AbstractDocument document, int number, List<FoundMention> metrics)
    {
        var limit = Math.Max(document.FirstTokenOf(document.Tokens[number].Sentence), number - 5);
        for (var i = number - 1; i >= limit; i--)
        {
            var end = document.Tokens[i].End;
            var metric = metrics.FirstOrDefault(m => m.Span.End == end);
            if (metric is not null)
            {
                return metric;
            }
            var token = document.Tokens[i];
            var isLink = token.Kind == TokenKind.Punctuation
                ? document.Text[token.Start] is '=' or ':' or '(' or ','
                : LinkWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenText(i));
            if (!isLink)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The dataset named after the number before the next number ("2.57% on CIFAR10"),
    /// else the nearest one before it in the sentence ("on MS COCO, 43.5% AP").</summary>
    private static FoundMention? DatasetFor(AbstractDocument document, int number, List<FoundMention> datasets)
    {
        var start = document.Tokens[number].End;
        var nextNumber = number + 1;
        while (nextNumber < document.Tokens.Count && document.Tokens[nextNumber].Sentence == document.Tokens[number].Sentence
               && document.Tokens[nextNumber].Kind != TokenKind.Number && !document.IsPunctuation(nextNumber, ';'))
        {
            nextNumber++;
        }
        var limit = nextNumber < document.Tokens.Count ? document.Tokens[nextNumber].Start : document.Text.Length;
        var after = datasets.Where(d => d.Span.Start >= start && d.Span.Start < limit).MinBy(d => d.Span.Start);
        return after ?? datasets.Where(d => d.Span.End <= document.Tokens[number].Start).MaxBy(d => d.Span.End);
    }
}

using System.Globalization;
using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Numeric results: a number tied to a metric next to it ("43.5% AP", "an FID of 2.88",
/// "88.2% ImageNet-1K accuracy"), or to the metric its clause is about ("top-5 accuracy of our networks
/// approaches 50%"), and to a dataset in the same clause or sentence. A number with no metric of its own
/// takes the metric of the previous result in its sentence ("2.57% on CIFAR10 ... 24.2% on ImageNet"), or
/// of the previous sentence's result on the same dataset when its own sentence names no metric before it.
/// Relative gains ("improves by 2%", "+1.2 AP", "2x faster") are not results. Each result carries the
/// canonical metric, its bound ("more than 70%"), its condition, its dataset setting and whether it is a
/// cost figure (GPU days, FLOPs), which is kept but never ranked.</summary>
internal sealed class ResultExtractor
{
    private readonly ResultVocabulary _words;
    private readonly MetricVocabulary _metrics;
    private readonly QualifierReader _qualifiers;
    private readonly RelativeGain _gains;
    private readonly ConditionFinder _conditions;
    private readonly MetricLocator _locator;

    public ResultExtractor(ResultVocabulary words, MetricVocabulary metrics)
    {
        _words = words;
        _metrics = metrics;
        _qualifiers = new QualifierReader(words);
        _gains = new RelativeGain(words);
        _conditions = new ConditionFinder(words);
        _locator = new MetricLocator(words, metrics, _conditions);
    }

    public List<ExtractedResult> Find(AbstractDocument document, IReadOnlyList<FoundMention> mentions)
    {
        var results = new List<(ExtractedResult Result, int Number)>();
        var metrics = new MentionLookup(mentions.Where(m => m.Type == EntityType.Metric));
        var datasets = new MentionLookup(mentions.Where(m => m.Type == EntityType.Dataset));
        if (metrics.All.Count == 0 || datasets.All.Count == 0)
        {
            return [];
        }
        var onlyDataset = datasets.All.Select(d => d.Canonical).Distinct().Count() == 1 ? datasets.All[0] : null;
        var numbers = FreeNumbers(document, mentions);
        (FoundMention Metric, string Unit, string Dataset, int Sentence)? previous = null;
        for (var n = 0; n < numbers.Count; n++)
        {
            var i = numbers[n];
            var token = document.Tokens[i];
            var qualifier = _qualifiers.Read(document, i);
            if (_gains.IsRelative(document, i, qualifier))
            {
                continue;
            }
            var unit = document.IsPunctuation(i + 1, '%') ? "%" : "";
            var next = ResultTokens.AfterNumber(document, i);
            var explicitMetric = _locator.Find(document, i, qualifier, unit, metrics, datasets);
            var nextNumber = n + 1 < numbers.Count && document.Tokens[numbers[n + 1]].Sentence == token.Sentence ? numbers[n + 1] : -1;
            var dataset = DatasetFor(document, i, nextNumber, datasets) ?? (explicitMetric is null ? null : onlyDataset);
            var metric = explicitMetric;
            if (metric is null && previous is { } p && p.Unit == unit && ContinuesList(document, next) && !InConditionList(document, i)
                && (p.Sentence == token.Sentence || (p.Dataset == dataset?.Canonical && !HasMetricBefore(document, i, metrics))))
            {
                metric = p.Metric;
            }
            if (metric is null || dataset is null)
            {
                continue;
            }
            var name = _metrics.Canonical(metric.Canonical);
            var isCost = _metrics.IsCost(name);
            // "with only 10% of the labels" spends a budget; only a cost metric makes it a result ("only 0.1 GPU-days").
            if (!isCost && document.IsWordIn(qualifier.First - 1, _words.BudgetBefore))
            {
                continue;
            }
            var written = document.TokenText(i).ToString();
            var value = double.Parse(written.Replace(",", ""), CultureInfo.InvariantCulture);
            var end = unit.Length > 0 ? token.End + 1 : token.End;
            var sentence = document.Sentences[token.Sentence];
            var (datasetName, setting) = DatasetSetting.Of(document, dataset);
            var result = new ExtractedResult(datasetName, name, value, PercentUnit(name, value, unit),
                new Provenance(sentence.Start, sentence.End, token.Start, end))
            {
                Qualifier = qualifier.Symbol,
                Setting = setting,
                IsCost = isCost,
                WrittenValue = written,
            };
            results.Add((result, i));
            previous = (metric, unit, dataset.Canonical, token.Sentence);
        }
        return PairRespectively(document, WithConditions(document, results, mentions, metrics, datasets), datasets);
    }

    /// <summary>A percentage metric written without "%" ("top-1 accuracy of 74.4") is in percent when above 1;
    /// a value in [0, 1] is left as written, since it may be a fraction (an AUC of 0.93) or a small percentage.</summary>
    private string PercentUnit(string metric, double value, string unit) =>
        unit.Length == 0 && value > 1 && value <= 100 && _metrics.IsPercentage(metric) ? "%" : unit;

    private List<ExtractedResult> WithConditions(AbstractDocument document, List<(ExtractedResult Result, int Number)> results,
        IReadOnlyList<FoundMention> mentions, MentionLookup metrics, MentionLookup datasets)
    {
        var methods = new MentionLookup(mentions.Where(m => m.Type == EntityType.Method));
        // A cost stays inside a condition ("with 12.83 million parameters"); a score or dataset ends it.
        var stops = new MentionLookup(metrics.All.Where(m => !_metrics.IsCost(m.Canonical)).Concat(datasets.All));
        var withConditions = new List<ExtractedResult>(results.Count);
        foreach (var sentence in results.GroupBy(r => document.Tokens[r.Number].Sentence))
        {
            var list = sentence.ToList();
            var conditions = _conditions.Find(document, list.Select(r => r.Number).ToList(), methods, stops,
                document.SentenceHas(sentence.Key, _words.Respectively));
            withConditions.AddRange(list.Select((r, k) => r.Result with { Condition = conditions[k] }));
        }
        return withConditions;
    }

    /// <summary>"94.1% and 86.7% accuracy on SST-2 and MNLI, respectively": the n-th number of the
    /// sentence belongs to its n-th dataset.</summary>
    private List<ExtractedResult> PairRespectively(AbstractDocument document, List<ExtractedResult> results, MentionLookup datasets)
    {
        var paired = new List<ExtractedResult>(results.Count);
        foreach (var sentenceResults in results.GroupBy(r => r.Provenance.SentenceStart))
        {
            var list = sentenceResults.ToList();
            var sentence = document.TokenAt(sentenceResults.Key) is var first && first < document.Tokens.Count ? document.Tokens[first].Sentence : -1;
            var named = SentenceDatasets(document, sentence, datasets);
            if (list.Count > 1 && named.Count == list.Count && document.SentenceHas(sentence, _words.Respectively))
            {
                paired.AddRange(list.Select((r, k) => OnDataset(document, r, named[k])));
            }
            else
            {
                paired.AddRange(list);
            }
        }
        return paired;
    }

    private static ExtractedResult OnDataset(AbstractDocument document, ExtractedResult result, FoundMention dataset)
    {
        var (name, setting) = DatasetSetting.Of(document, dataset);
        return result with { Dataset = name, Setting = setting };
    }

    /// <summary>Datasets of a sentence in order; a variant and its parent ("Stanford Sentiment Treebank
    /// (SST-2)") count once, under the variant.</summary>
    private static List<FoundMention> SentenceDatasets(AbstractDocument document, int sentence, MentionLookup datasets)
    {
        var roots = new List<string>();
        var names = new List<FoundMention>();
        for (var d = datasets.FirstStartingFrom(document.Sentences[sentence].Start); d is not null && d.Sentence == sentence; d = datasets.FirstStartingFrom(d.Span.End))
        {
            var root = d.Parent ?? d.Canonical;
            var at = roots.IndexOf(root);
            if (at < 0)
            {
                roots.Add(root);
                names.Add(d);
            }
            else if (d.Parent is not null)
            {
                names[at] = d;
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

    /// <summary>"with 2, 4, or 8 views": a count listed after a condition word is no continued result.</summary>
    private bool InConditionList(AbstractDocument document, int number)
    {
        var t = number - 1;
        while (t >= 0 && (document.Tokens[t].Kind == TokenKind.Number || document.IsPunctuation(t, ',') || document.IsPunctuation(t, '%')
            || document.TokenIs(t, "and") || document.TokenIs(t, "or")))
        {
            t--;
        }
        return document.IsWordIn(t, _words.ConditionStarters);
    }

    private static bool HasMetricBefore(AbstractDocument document, int number, MentionLookup metrics) =>
        metrics.LastEndingBy(document.Tokens[number].Start) is { } m && m.Sentence == document.Tokens[number].Sentence;

    private bool ContinuesList(AbstractDocument document, int next) =>
        next >= document.Tokens.Count || document.Tokens[next].Kind != TokenKind.Word || _words.ListWords.Contains(document.TokenText(next));

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

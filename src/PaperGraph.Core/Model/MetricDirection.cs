namespace PaperGraph.Core.Model;

/// <summary>Whether a smaller value of a metric is better: errors, losses, perplexity, FID, cost.
/// Known metrics follow the "lower" flags of metrics.tsv, others the words of metric-words.tsv.</summary>
public static class MetricDirection
{
    public static bool IsLowerBetter(string metric) => MetricVocabulary.Default.IsLowerBetter(metric);
}

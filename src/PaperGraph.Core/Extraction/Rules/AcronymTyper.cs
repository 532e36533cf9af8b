using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>The type of an entity the knowledge base lacks, from the last word of its long form:
/// "... Dataset" is a dataset, "... Precision" a metric; anything else is taken for a method.</summary>
internal static class AcronymTyper
{
    private static readonly HashSet<string> DatasetHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "dataset", "benchmark", "corpus", "database", "set", "bank", "collection",
    };

    private static readonly HashSet<string> MetricHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "precision", "recall", "accuracy", "error", "score", "rate", "distance", "similarity", "ratio",
    };

    public static EntityType TypeOf(string longForm)
    {
        var lastSpace = longForm.LastIndexOfAny([' ', '-']);
        var head = longForm[(lastSpace + 1)..].TrimEnd('s');
        if (DatasetHeads.Contains(head))
        {
            return EntityType.Dataset;
        }
        return MetricHeads.Contains(head) || MetricHeads.Contains(longForm[(lastSpace + 1)..]) ? EntityType.Metric : EntityType.Method;
    }
}

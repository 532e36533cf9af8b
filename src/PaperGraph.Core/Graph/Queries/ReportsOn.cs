using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>Which papers are evaluated on a dataset (its aliases and variants included), with the numbers
/// they report on it.</summary>
/// <param name="Limit">Papers per page.</param>
public sealed record ReportsOnQuery(string Dataset, int Limit = 50, int Offset = 0)
{
    /// <summary>Names this query among the answers a store keeps while its data is unchanged.</summary>
    public string CacheKey => $"{Dataset}\n{Limit}\n{Offset}";
}

/// <summary>One page of the papers evaluated on <paramref name="Dataset"/>. Papers that report numbers come
/// first, ordered by their best rank on any quality metric (cost figures never decide); then the papers
/// evaluated on it without a number in their abstract, newest and best connected first.</summary>
/// <param name="TotalPapers">All papers evaluated on the dataset, not just this page.</param>
/// <param name="PapersWithResults">How many of them report numbers on it.</param>
public sealed record ReportsOnPage(
    EntityRef Dataset,
    IReadOnlyList<EntityRef> Variants,
    int TotalPapers,
    int PapersWithResults,
    IReadOnlyList<ReportingPaper> Papers)
{
    public int PapersWithoutResults => TotalPapers - PapersWithResults;
}

/// <summary>A paper and its results on the dataset, best first; empty when its abstract gives no number.</summary>
public sealed record ReportingPaper(PaperSummary Paper, IReadOnlyList<RankedResult> Results);

/// <summary>A result with its rank among all results on the same dataset, setting and metric (1 = best, in
/// the metric's direction). Results of different variants or settings of a dataset are ranked apart.</summary>
public sealed record RankedResult(
    EntityRef Dataset,
    string Metric,
    double Value,
    string Unit,
    bool LowerIsBetter,
    int Rank,
    ResultContext Context,
    Provenance Provenance,
    string Sentence)
{
    /// <summary>The number as the abstract writes it, with qualifier and unit: "90.0%".</summary>
    public string ValueText => ResultText.Of(Value, Unit, Context);
}

using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>Which papers report results on a dataset (its aliases and variants included).</summary>
/// <param name="Limit">Papers per page.</param>
public sealed record ReportsOnQuery(string Dataset, int Limit = 50, int Offset = 0);

/// <summary>One page of papers reporting on <paramref name="Dataset"/>. Papers are ordered by their best
/// rank on any metric; <paramref name="TotalPapers"/> counts all of them, not just this page.</summary>
public sealed record ReportsOnPage(
    EntityRef Dataset,
    IReadOnlyList<EntityRef> Variants,
    int TotalPapers,
    IReadOnlyList<ReportingPaper> Papers);

/// <summary>A paper and its results on the dataset, best first.</summary>
public sealed record ReportingPaper(PaperSummary Paper, IReadOnlyList<RankedResult> Results);

/// <summary>A result with its rank among all papers on the same dataset and metric
/// (1 = best, in the metric's direction).</summary>
public sealed record RankedResult(
    EntityRef Dataset,
    string Metric,
    double Value,
    string Unit,
    bool LowerIsBetter,
    int Rank,
    Provenance Provenance,
    string Sentence);

namespace PaperGraph.Core.Graph.Ranking;

/// <summary>The results ranked together: on the same dataset or variant (a store's id for it), at the same setting
/// ("" for the standard one), on the same metric (its folded name).</summary>
public readonly record struct ResultGroup(string Dataset, string Setting, string MetricKey);

/// <summary>One stored result as ranking sees it: its group, its score (smaller is better whatever the metric's
/// direction), its paper, and whether it is a cost figure.</summary>
public readonly record struct ScoredResult<TPaper>(ResultGroup Group, double Score, TPaper Paper, bool IsCost);

namespace PaperGraph.Core.Evaluation;

/// <summary>A numeric result of a gold paper.</summary>
public sealed record GoldResult(string Dataset, string Metric, double Value);

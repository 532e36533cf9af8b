namespace PaperGraph.Core.Evaluation;

/// <summary>A predicted numeric result; <see cref="Value"/> is null when the prediction's value is not a number.</summary>
public sealed record PredictedResult(string Dataset, string Metric, double? Value);

namespace PaperGraph.Core.Extraction.Report;

/// <summary>One numeric result in a prediction line. The metric is named as written, as the annotation
/// guide asks; the optional members are omitted when empty: the canonical metric when it is spelled
/// otherwise, the bound ("&gt;", "≈"), the condition as written, the dataset setting ("32×32") and, for
/// cost figures (GPU days, FLOPs), <c>Cost = true</c>.</summary>
public sealed record ReportResult(
    string Dataset,
    string Metric,
    double Value,
    string Unit,
    string? CanonicalMetric = null,
    string? Qualifier = null,
    string? Condition = null,
    string? Setting = null,
    bool? Cost = null)
{
    /// <param name="writtenMetric">The metric as the abstract writes it ("top-1" for "top-1 accuracy").</param>
    public static ReportResult From(ExtractedResult result, string writtenMetric) => new(
        result.Dataset,
        writtenMetric,
        result.Value,
        result.Unit,
        writtenMetric == result.Metric ? null : result.Metric,
        result.Qualifier.Length > 0 ? result.Qualifier : null,
        result.Condition,
        result.Setting,
        result.IsCost ? true : null);
}

using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction;

/// <summary>A numeric result the text attributes to the paper's method: "24.2% top-1 error on ImageNet".</summary>
/// <param name="Dataset">Canonical dataset name.</param>
/// <param name="Metric">Canonical metric name from the metric vocabulary ("top-1 error", "AP50").</param>
/// <param name="Unit">"%" or "" (or a cost unit such as "GPU days").</param>
public sealed record ExtractedResult(string Dataset, string Metric, double Value, string Unit, Provenance Provenance)
{
    /// <summary>How the text bounds the value: "" when stated exactly, else "&gt;", "≥", "&lt;", "≤" or "≈"
    /// (">70% top-1 accuracy", "approaches 50%").</summary>
    public string Qualifier { get; init; } = "";

    /// <summary>Under what condition the number holds, as the sentence says it ("with 1% of the labels",
    /// "ResNet-50", "zero-shot", "10-shot"); null when the sentence gives none.</summary>
    public string? Condition { get; init; }

    /// <summary>The setting of the dataset the number is on ("32×32" for ImageNet 32×32): results at
    /// different settings are not ranked together. Null for the dataset's standard setting.</summary>
    public string? Setting { get; init; }

    /// <summary>A cost figure (GPU days, parameters, FLOPs, latency): shown beside the scores, never used
    /// to decide which paper is best.</summary>
    public bool IsCost { get; init; }

    /// <summary>The number as the sentence writes it ("90.0"): the value keeps no trailing zeros.</summary>
    public string? WrittenValue { get; init; }

    public ResultContext Context => new(Qualifier, Condition, Setting, IsCost) { WrittenValue = WrittenValue };
}

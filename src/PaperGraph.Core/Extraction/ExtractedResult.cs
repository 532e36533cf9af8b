using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction;

/// <summary>A numeric result the text attributes to the paper's method: "24.2% top-1 error on ImageNet".</summary>
/// <param name="Dataset">Canonical dataset name.</param>
/// <param name="Metric">Metric name as in the metrics list ("top-1 error", "AP50").</param>
/// <param name="Unit">"%" or "".</param>
public sealed record ExtractedResult(string Dataset, string Metric, double Value, string Unit, Provenance Provenance);

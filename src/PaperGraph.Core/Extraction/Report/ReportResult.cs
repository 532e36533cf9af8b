namespace PaperGraph.Core.Extraction.Report;

/// <summary>One numeric result in a prediction line.</summary>
public sealed record ReportResult(string Dataset, string Metric, double Value, string Unit);

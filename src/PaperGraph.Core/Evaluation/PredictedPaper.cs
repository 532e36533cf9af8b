using PaperGraph.Core.Extraction;

namespace PaperGraph.Core.Evaluation;

/// <summary>One paper of an extractor's output, as the abstracts evaluation reads it.</summary>
public sealed record PredictedPaper(
    string Title,
    IReadOnlyDictionary<ExtractionField, IReadOnlyList<string>> Names,
    IReadOnlyList<PredictedResult> Results)
{
    public IReadOnlyList<string> NamesOf(ExtractionField field) => Names.TryGetValue(field, out var names) ? names : [];

    public static PredictedPaper From(ExtractionReport report) => new(
        report.Title,
        new Dictionary<ExtractionField, IReadOnlyList<string>>
        {
            [ExtractionField.Proposes] = report.Proposes,
            [ExtractionField.Methods] = report.Methods,
            [ExtractionField.Datasets] = report.Datasets,
            [ExtractionField.EvaluatedOn] = report.EvaluatedOn,
            [ExtractionField.Metrics] = report.Metrics,
            [ExtractionField.Tasks] = report.Tasks,
        },
        report.Results.Select(r => new PredictedResult(r.Dataset, r.Metric, r.Value)).ToList());
}

namespace PaperGraph.Core.Evaluation;

/// <summary>A field of the abstracts evaluation, scored on its own.</summary>
public enum ExtractionField
{
    Proposes,
    Methods,
    Datasets,
    EvaluatedOn,
    Metrics,
    Tasks,
    Results,
}

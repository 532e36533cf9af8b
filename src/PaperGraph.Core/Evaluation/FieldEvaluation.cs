namespace PaperGraph.Core.Evaluation;

/// <summary>The score of an abstracts prediction file against its gold file: per field, micro scores.</summary>
/// <param name="Papers">Gold papers.</param>
/// <param name="Missing">Gold papers without a prediction of the same title (scored as predicting nothing).</param>
public sealed record FieldEvaluation(int Papers, int Missing, IReadOnlyList<FieldScore> Fields) : EvaluationReport
{
    public FieldScore this[ExtractionField field] => Fields.Single(f => f.Field == ExtractionFieldNames.Of(field));
}

namespace PaperGraph.Core.Evaluation;

/// <summary>Field names as the gold files and score.py write them ("evaluated_on").</summary>
public static class ExtractionFieldNames
{
    public static string Of(ExtractionField field) => field switch
    {
        ExtractionField.EvaluatedOn => "evaluated_on",
        _ => field.ToString().ToLowerInvariant(),
    };
}

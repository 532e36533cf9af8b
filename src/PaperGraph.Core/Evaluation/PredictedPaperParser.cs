using System.Text.Json;

namespace PaperGraph.Core.Evaluation;

/// <summary>Reads a <see cref="PredictedPaper"/> from a prediction record as score.py does: each field
/// from the first of its keys that is present and not null; names as strings or objects with a
/// "name", "canonical" or "label".</summary>
public static class PredictedPaperParser
{
    private static readonly (ExtractionField Field, string[] Keys)[] FieldKeys =
    [
        (ExtractionField.Proposes, ["proposes"]),
        (ExtractionField.Methods, ["methods", "uses"]),
        (ExtractionField.Datasets, ["datasets"]),
        (ExtractionField.EvaluatedOn, ["evaluatedOn", "evaluated_on"]),
        (ExtractionField.Metrics, ["metrics"]),
        (ExtractionField.Tasks, ["tasks"]),
    ];

    private static readonly string[] NameMembers = ["name", "canonical", "label"];

    public static PredictedPaper Parse(EvaluationRecord record) => new(
        record.TextOf("title"),
        FieldKeys.ToDictionary(f => f.Field, f => Names(record, f.Keys)),
        record.Array("results").Select(r => Result(record, r)).ToList());

    private static IReadOnlyList<string> Names(EvaluationRecord record, string[] keys) =>
        keys.FirstOrDefault(k => record.Member(k) is not null) is { } key
            ? record.Array(key).Select(Name).OfType<string>().ToList()
            : [];

    private static string? Name(JsonElement item)
    {
        var name = item.ValueKind == JsonValueKind.Object
            ? NameMembers.Select(m => item.TryGetProperty(m, out var v) ? v : default).FirstOrDefault(EvaluationRecord.IsTruthy)
            : item;
        return EvaluationRecord.IsTruthy(name) ? EvaluationRecord.Text(name) : null;
    }

    private static PredictedResult Result(EvaluationRecord record, JsonElement result)
    {
        var item = result.ValueKind == JsonValueKind.Object ? record with { Root = result } : throw record.Fail("\"results\" must hold objects");
        return new PredictedResult(item.TextOf("dataset"), item.TextOf("metric"), EvaluationRecord.Number(item.Member("value")));
    }
}

using System.Text.Json;

namespace PaperGraph.Core.Evaluation;

/// <summary>Reads a <see cref="GoldPaper"/> from an abstracts gold record; "title", "datasets" and
/// "evaluated_on" are required (score.py reads them unguarded), the other lists default to empty.</summary>
public static class GoldPaperParser
{
    public static GoldPaper Parse(EvaluationRecord record) => new(
        record.RequiredString("title"),
        record.Strings("proposes"),
        record.Strings("methods"),
        record.Array("datasets", required: true).Select(d => Dataset(record, d)).ToList(),
        record.Strings("evaluated_on", required: true),
        record.Strings("metrics"),
        record.Strings("tasks"),
        record.Array("results").Select(r => Result(record, r)).ToList(),
        record.Array("aliases").Select(pair => pair.ValueKind == JsonValueKind.Array
            ? record.Strings(pair.EnumerateArray(), "aliases")
            : throw record.Fail("\"aliases\" must hold arrays of names")).ToList());

    private static GoldDataset Dataset(EvaluationRecord record, JsonElement dataset)
    {
        var item = Item(record, dataset, "datasets");
        return new GoldDataset(item.RequiredString("name"), item.Strings("mentions"));
    }

    private static GoldResult Result(EvaluationRecord record, JsonElement result)
    {
        var item = Item(record, result, "results");
        var value = EvaluationRecord.Number(item.Member("value")) ?? throw record.Fail("a result's \"value\" must be a number");
        return new GoldResult(item.RequiredString("dataset"), item.TextOf("metric"), value);
    }

    private static EvaluationRecord Item(EvaluationRecord record, JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object ? record with { Root = item } : throw record.Fail($"\"{name}\" must hold objects");
}

using System.Text.Json;

namespace PaperGraph.Core.Evaluation;

/// <summary>Reads the mentions of a gold or prediction record of a mention file: "line" (0-based; when
/// absent, the record's own 0-based line in the file) and "mentions" with "type", "start", "end".</summary>
public static class MentionRecordParser
{
    public static IEnumerable<MentionSpan> Parse(EvaluationRecord record)
    {
        var line = record.Member("line") is { } given ? Integer(record, given, "line") : record.Line - 1;
        return record.Array("mentions").Select(m => m.ValueKind == JsonValueKind.Object
            ? new MentionSpan(
                line,
                EvaluationRecord.Text(Required(record, m, "type")).ToUpperInvariant(),
                Integer(record, Required(record, m, "start"), "start"),
                Integer(record, Required(record, m, "end"), "end"))
            : throw record.Fail("\"mentions\" must hold objects")).ToList();
    }

    private static JsonElement Required(EvaluationRecord record, JsonElement mention, string name) =>
        mention.TryGetProperty(name, out var value) ? value : throw record.Fail($"a mention lacks \"{name}\"");

    private static int Integer(EvaluationRecord record, JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw record.Fail($"\"{name}\" must be an integer");
}

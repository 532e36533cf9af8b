using System.Text.Json;

namespace PaperGraph.Core.Evaluation;

/// <summary>Reads a JSON Lines gold or prediction file: one object per non-blank line.</summary>
public static class JsonLinesFile
{
    public static async Task<IReadOnlyList<EvaluationRecord>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new EvaluationInputException(path, 0, $"cannot open: {e.Message}");
        }
        using (reader)
        {
            var records = new List<EvaluationRecord>();
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    records.Add(new EvaluationRecord(path, number, Parse(path, number, line)));
                }
            }
            return records;
        }
    }

    private static JsonElement Parse(string path, int number, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new EvaluationInputException(path, number, "not a JSON object");
        }
        catch (JsonException e)
        {
            var where = e.BytePositionInLine is { } position ? $" at byte {position + 1}" : "";
            throw new EvaluationInputException(path, number, $"invalid JSON{where} (truncated or malformed)");
        }
    }
}

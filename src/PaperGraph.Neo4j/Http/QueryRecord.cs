using System.Text.Json;

namespace PaperGraph.Neo4j.Http;

/// <summary>One row of a result, read by field name. Statements return only scalars and lists, so every
/// value is plain JSON.</summary>
internal sealed class QueryRecord(IReadOnlyDictionary<string, int> fields, JsonElement[] values)
{
    public JsonElement this[string field] =>
        fields.TryGetValue(field, out var index) && index < values.Length
            ? values[index]
            : throw new KeyNotFoundException($"The result has no field \"{field}\".");

    public bool IsNull(string field) => this[field].ValueKind == JsonValueKind.Null;

    public string String(string field) => this[field].GetString() ?? "";

    public string? NullableString(string field) => IsNull(field) ? null : this[field].GetString();

    public int Int(string field) => (int)Long(field);

    public int? NullableInt(string field) => IsNull(field) ? null : Int(field);

    /// <summary>Integers come back as JSON numbers; an absent count (null) reads as zero.</summary>
    public long Long(string field) => this[field] switch
    {
        { ValueKind: JsonValueKind.Null } => 0,
        var value when value.TryGetInt64(out var whole) => whole,
        var value => (long)value.GetDouble(),
    };

    public double Double(string field) => this[field].GetDouble();

    public bool Bool(string field) => this[field].ValueKind == JsonValueKind.True;

    public IReadOnlyList<string> Strings(string field) =>
        IsNull(field) ? [] : this[field].EnumerateArray().Select(item => item.GetString() ?? "").ToList();
}

using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Core.Evaluation;

/// <summary>One JSON object of a gold or prediction file, with typed access to its members that fails
/// with the file and line.</summary>
/// <param name="Line">1-based line in the file.</param>
public sealed record EvaluationRecord(string File, int Line, JsonElement Root)
{
    public bool Has(string name) => Root.TryGetProperty(name, out _);

    /// <summary>The member, or null when absent or JSON null (score.py's <c>get</c> skips both).</summary>
    public JsonElement? Member(string name) =>
        Root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>score.py's <c>str(rec.get(name, ''))</c>: "" when absent.</summary>
    public string TextOf(string name) => Has(name) ? Text(Member(name)) : "";

    public string RequiredString(string name) =>
        Member(name) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : throw Fail($"\"{name}\" must be a string");

    public IEnumerable<JsonElement> Array(string name, bool required = false) => Member(name) switch
    {
        { ValueKind: JsonValueKind.Array } value => value.EnumerateArray(),
        null when !required => [],
        _ => throw Fail($"\"{name}\" must be an array"),
    };

    public IReadOnlyList<string> Strings(string name, bool required = false) => Strings(Array(name, required), name);

    public IReadOnlyList<string> Strings(IEnumerable<JsonElement> items, string name) =>
        items.Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Fail($"\"{name}\" must hold strings")).ToList();

    /// <summary>A number, or a string holding one (score.py converts with <c>float()</c>); null otherwise.</summary>
    public static double? Number(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } number => number.GetDouble(),
        { ValueKind: JsonValueKind.String } text when double.TryParse(text.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A value as score.py's <c>str()</c> sees it: strings as they are, null as "None",
    /// booleans as "True"/"False", numbers in their JSON spelling.</summary>
    public static string Text(JsonElement? value) => value switch
    {
        null => "None",
        { ValueKind: JsonValueKind.String } text => text.GetString()!,
        { ValueKind: JsonValueKind.True } => "True",
        { ValueKind: JsonValueKind.False } => "False",
        { } other => other.GetRawText(),
    };

    /// <summary>Python truthiness: null, false, 0, "", [] and {} are false.</summary>
    public static bool IsTruthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
        JsonValueKind.Number => value.GetDouble() != 0,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => value.EnumerateObject().Any(),
        _ => true,
    };

    public EvaluationInputException Fail(string problem) => new(File, Line, problem);
}

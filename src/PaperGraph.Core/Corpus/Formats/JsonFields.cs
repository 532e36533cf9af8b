using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Reads optional fields of a JSON record leniently: a missing or null field is null, a number where
/// text is expected is its text, and a value of the wrong kind is a <see cref="RecordFormatException"/>.</summary>
internal static class JsonFields
{
    public static string? Text(this JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value))
        {
            return null;
        }
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new RecordFormatException($"field \"{name}\" must be text"),
        };
        return string.IsNullOrWhiteSpace(text) ? null : TextCleanup.CollapseWhitespace(text.Trim());
    }

    /// <summary>A year given as a number or as text starting with four digits ("2008-11-26").</summary>
    public static int? Year(this JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var year))
        {
            return year;
        }
        return value.ValueKind == JsonValueKind.String ? YearOf(value.GetString()) : throw new RecordFormatException($"field \"{name}\" must be a year");
    }

    public static int? YearOf(string? text) =>
        text is { Length: >= 4 } && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <summary>The items of an array field; nothing when it is missing or null.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        return value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new RecordFormatException($"field \"{name}\" must be an array");
    }

    /// <summary>An object field, or null when missing, null or not an object.</summary>
    public static JsonElement? Object(this JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    /// <summary>The strings of an array field of strings (ids), skipping anything else.</summary>
    public static IEnumerable<string> Strings(this JsonElement record, string name) =>
        record.Items(name).Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)
            .Where(text => !string.IsNullOrWhiteSpace(text));

    public static string RequireTitle(string? title) =>
        title ?? throw new RecordFormatException("missing title");
}

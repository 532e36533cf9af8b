using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus;

/// <summary>Turns one JSON Lines object into a <see cref="Paper"/>, or says what is wrong with it.
/// Field names are matched case-insensitively; <c>id</c> counts as a DOI or arXiv id when it looks like one.</summary>
internal static partial class JsonPaperParser
{
    public static (Paper? Paper, string? Problem) Parse(JsonElement root)
    {
        try
        {
            return FromElement(root);
        }
        catch (FieldTypeException e)
        {
            return (null, e.Message);
        }
    }

    private static (Paper? Paper, string? Problem) FromElement(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
        }
        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            fields[property.Name] = property.Value;
        }
        var title = TextCleanup.CollapseWhitespace(String(fields, "title") ?? "");
        if (title.Length == 0)
        {
            return (null, "missing title");
        }
        var abstractText = String(fields, "abstract")?.Trim() ?? "";
        if (abstractText.Length == 0)
        {
            return (null, $"empty abstract for the title \"{title}\"");
        }
        var id = String(fields, "id");
        var doi = NullIfBlank(String(fields, "doi")) ?? (id is not null && DoiShape().IsMatch(id) ? id : null);
        var arxivId = NullIfBlank(String(fields, "arxivId") ?? String(fields, "arxiv_id"))
            ?? (id is not null && ArxivShape().IsMatch(id) ? id : null);
        var paper = new Paper(
            PaperIdentity.For(title, doi, arxivId),
            title,
            abstractText,
            doi,
            arxivId,
            Year(fields),
            Authors(fields),
            NullIfBlank(String(fields, "venue")),
            NullIfBlank(String(fields, "url")));
        return (paper, null);
    }

    /// <summary>A string field; numbers are accepted as their text (ids are often numeric).</summary>
    private static string? String(Dictionary<string, JsonElement> fields, string name)
    {
        if (!fields.TryGetValue(name, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new FieldTypeException($"field \"{name}\" must be a string"),
        };
    }

    private static int? Year(Dictionary<string, JsonElement> fields)
    {
        if (!fields.TryGetValue("year", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var year))
        {
            return year;
        }
        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            return year;
        }
        throw new FieldTypeException("field \"year\" must be an integer");
    }

    private static IReadOnlyList<string>? Authors(Dictionary<string, JsonElement> fields)
    {
        if (!fields.TryGetValue("authors", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            return [value.GetString()!.Trim()];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FieldTypeException("field \"authors\" must be an array of strings");
        }
        var authors = new List<string>();
        foreach (var author in value.EnumerateArray())
        {
            if (author.ValueKind != JsonValueKind.String)
            {
                throw new FieldTypeException("field \"authors\" must be an array of strings");
            }
            authors.Add(author.GetString()!.Trim());
        }
        return authors;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\s*(https?://(dx\.)?doi\.org/|doi:)?10\.\d{4,9}/\S+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DoiShape();

    [GeneratedRegex(@"^\s*(arxiv:)?(\d{4}\.\d{4,5}|[a-z\-]+(\.[A-Z]{2})?/\d{7})(v\d+)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivShape();

    private sealed class FieldTypeException(string message) : Exception(message);
}

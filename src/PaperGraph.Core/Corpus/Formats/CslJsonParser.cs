using System.Text.Json;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>One CSL-JSON item (Zotero's and Pandoc's export): title, DOI, issued year, authors, container title.</summary>
internal static class CslJsonParser
{
    public static Paper Parse(JsonElement item)
    {
        var title = JsonFields.RequireTitle(item.Text("title"));
        var doi = item.Text("DOI");
        var arxivId = ArxivIdOf(item);
        return new Paper(
            PaperIdentity.For(title, doi, arxivId),
            title,
            item.Text("abstract") ?? "",
            doi,
            arxivId,
            YearOf(item),
            item.Items("author").Select(NameOf).OfType<string>().ToList(),
            item.Text("container-title"),
            item.Text("URL"));
    }

    /// <summary>CSL dates are <c>{"date-parts": [[year, month, day]]}</c>, sometimes with the year as text.</summary>
    private static int? YearOf(JsonElement item)
    {
        var parts = item.Object("issued")?.Items("date-parts").FirstOrDefault();
        if (parts is not { ValueKind: JsonValueKind.Array } first || first.GetArrayLength() == 0)
        {
            return null;
        }
        var year = first[0];
        return year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out var y) ? y
            : year.ValueKind == JsonValueKind.String ? JsonFields.YearOf(year.GetString()) : null;
    }

    private static string? NameOf(JsonElement author)
    {
        var name = author.Text("literal") ?? string.Join(' ', new[] { author.Text("given"), author.Text("family") }.OfType<string>());
        return name.Length > 0 ? name : null;
    }

    /// <summary>Zotero puts an arXiv preprint's id in <c>number</c> ("arXiv:1706.03762") or its URL.</summary>
    private static string? ArxivIdOf(JsonElement item)
    {
        var url = item.Text("URL");
        if (url is not null && url.Contains("arxiv.org/abs/", StringComparison.OrdinalIgnoreCase))
        {
            return url[(url.IndexOf("arxiv.org/abs/", StringComparison.OrdinalIgnoreCase) + "arxiv.org/abs/".Length)..];
        }
        var number = item.Text("number");
        return number is not null && number.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase) ? number["arXiv:".Length..] : null;
    }
}

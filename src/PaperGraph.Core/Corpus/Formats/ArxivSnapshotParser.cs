using System.Text.Json;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>One record of the arXiv metadata snapshot (Kaggle's arxiv-metadata-oai-snapshot.json): id, title,
/// abstract, <c>authors_parsed</c> ([last, first, suffix]), DOI, journal reference, first version's year.</summary>
internal static class ArxivSnapshotParser
{
    public static Paper Parse(JsonElement record)
    {
        var arxivId = record.Text("id") ?? throw new RecordFormatException("missing arXiv id");
        var title = JsonFields.RequireTitle(record.Text("title"));
        var doi = record.Text("doi");
        return new Paper(
            PaperIdentity.For(title, doi, arxivId),
            title,
            record.Text("abstract") ?? "",
            doi,
            arxivId,
            YearOf(record),
            record.Items("authors_parsed").Select(NameOf).Where(name => name.Length > 0).ToList(),
            record.Text("journal-ref"),
            "https://arxiv.org/abs/" + arxivId);
    }

    /// <summary>The year of the first version ("Mon, 2 Apr 2007 19:18:42 GMT"), else of the last update.</summary>
    private static int? YearOf(JsonElement record)
    {
        var created = record.Items("versions").Select(v => v.Text("created")).FirstOrDefault();
        if (created is not null && DateTimeOffset.TryParse(created, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            return date.Year;
        }
        return JsonFields.YearOf(record.Text("update_date"));
    }

    private static string NameOf(JsonElement parts)
    {
        var names = parts.ValueKind == JsonValueKind.Array
            ? parts.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!.Trim()).ToList()
            : [];
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            _ => string.Join(' ', new[] { names[1], names[0] }.Concat(names.Skip(2)).Where(n => n.Length > 0)),
        };
    }
}

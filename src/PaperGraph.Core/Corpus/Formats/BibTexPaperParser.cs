using System.Text.RegularExpressions;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>A BibTeX entry as a paper: title, authors ("Last, First and ..."), year, DOI, venue, and the arXiv id
/// from <c>eprint</c> or an "arXiv preprint arXiv:NNNN.NNNNN" journal.</summary>
internal static partial class BibTexPaperParser
{
    public static Paper Parse(BibTexEntry entry)
    {
        var field = (string name) => entry.Fields.TryGetValue(name, out var value) && LatexText.Plain(value) is { Length: > 0 } plain ? plain : null;
        var title = field("title") ?? throw new RecordFormatException($"@{entry.Type}{{{entry.Key}: missing title");
        var doi = field("doi");
        var venue = field("journal") ?? field("booktitle") ?? field("publisher");
        var arxivId = field("eprint") is { } eprint && (field("archiveprefix") ?? "arXiv").Equals("arXiv", StringComparison.OrdinalIgnoreCase)
            ? eprint
            : venue is not null && ArxivInText().Match(venue) is { Success: true } match ? match.Groups[1].Value : null;
        var year = field("year");
        return new Paper(
            PaperIdentity.For(title, doi, arxivId),
            title,
            field("abstract") ?? "",
            doi,
            arxivId,
            JsonFields.YearOf(year),
            AuthorsOf(field("author")),
            venue,
            field("url"));
    }

    private static List<string> AuthorsOf(string? authors) =>
        authors is null ? [] : AuthorSeparator().Split(authors).Select(NameOf).Where(name => name.Length > 0).ToList();

    /// <summary>"Last, First" becomes "First Last"; "First Last" stays.</summary>
    private static string NameOf(string author)
    {
        var parts = author.Split(',', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts[1].Length > 0 ? $"{parts[1]} {parts[0]}" : author.Trim();
    }

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorSeparator();

    [GeneratedRegex(@"arXiv:\s*(\d{4}\.\d{4,5}(v\d+)?|[a-z\-]+(\.[A-Z]{2})?/\d{7})", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivInText();
}

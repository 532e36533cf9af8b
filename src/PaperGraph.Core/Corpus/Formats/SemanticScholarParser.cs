using System.Text.Json;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Semantic Scholar records in their four shapes: a Graph API paper object (<c>paperId</c>, <c>externalIds</c>,
/// <c>references</c>, <c>citations</c>), a reference or citation item (the paper in <c>citedPaper</c> or
/// <c>citingPaper</c>), an Open Research Corpus line (<c>id</c>, <c>paperAbstract</c>, <c>outCitations</c>,
/// <c>inCitations</c>) and an S2ORC paper (<c>paper_id</c>, <c>metadata</c>, <c>bib_entries</c>).</summary>
internal static class SemanticScholarParser
{
    public static Paper Parse(JsonElement record)
    {
        if (record.Object("citedPaper") is { } cited)
        {
            return ParseGraphPaper(cited);
        }
        if (record.Object("citingPaper") is { } citing)
        {
            return ParseGraphPaper(citing);
        }
        if (record.TryGetProperty("paper_id", out _))
        {
            return ParseS2orc(record);
        }
        if (record.TryGetProperty("paperId", out _))
        {
            return ParseGraphPaper(record);
        }
        return ParseOpenCorpus(record);
    }

    private static Paper ParseGraphPaper(JsonElement paper)
    {
        var id = paper.Text("paperId") ?? throw new RecordFormatException("missing paperId");
        var title = JsonFields.RequireTitle(paper.Text("title"));
        var ids = paper.Object("externalIds");
        var doi = ids?.Text("DOI");
        var arxivId = ids?.Text("ArXiv");
        return new Paper(
            PaperIdentity.For(title, doi, arxivId, semanticScholarId: id),
            title,
            paper.Text("abstract") ?? "",
            doi,
            arxivId,
            paper.Year("year"),
            paper.Items("authors").Select(a => a.Text("name")).OfType<string>().ToList(),
            paper.Text("venue"),
            paper.Text("url"),
            SemanticScholarId: id,
            References: paper.TryGetProperty("references", out _) ? paper.Items("references").Select(CitedWorkOf).ToList() : null,
            CitedBy: paper.TryGetProperty("citations", out _) ? paper.Items("citations").Select(CitedWorkOf).ToList() : null);
    }

    private static CitedWork CitedWorkOf(JsonElement paper)
    {
        var ids = paper.Object("externalIds");
        return new CitedWork(paper.Text("title"), paper.Year("year"), ids?.Text("DOI"), ids?.Text("ArXiv"), null, paper.Text("paperId"));
    }

    private static Paper ParseOpenCorpus(JsonElement record)
    {
        var id = record.Text("id") ?? throw new RecordFormatException("missing id (not a Semantic Scholar record)");
        var title = JsonFields.RequireTitle(record.Text("title"));
        var doi = record.Text("doi");
        return new Paper(
            PaperIdentity.For(title, doi, semanticScholarId: id),
            title,
            record.Text("paperAbstract") ?? "",
            doi,
            null,
            record.Year("year"),
            record.Items("authors").Select(a => a.Text("name")).OfType<string>().ToList(),
            record.Text("venue") ?? record.Text("journalName"),
            record.Text("s2Url"),
            SemanticScholarId: id,
            References: record.Strings("outCitations").Select(s2 => new CitedWork(SemanticScholarId: s2)).ToList(),
            CitedBy: record.Strings("inCitations").Select(s2 => new CitedWork(SemanticScholarId: s2)).ToList());
    }

    /// <summary>S2ORC's <c>paper_id</c> is a corpus id, not a paper id, so it is not a key; the bibliography's
    /// entries carry titles and years and, now and then, a DOI or arXiv id.</summary>
    private static Paper ParseS2orc(JsonElement record)
    {
        var metadata = record.Object("metadata") ?? throw new RecordFormatException("missing metadata");
        var title = JsonFields.RequireTitle(metadata.Text("title"));
        var doi = metadata.Text("doi");
        var arxivId = metadata.Text("arxiv_id");
        var parse = record.Object("grobid_parse") ?? record.Object("latex_parse");
        var entries = parse?.Object("bib_entries")?.EnumerateObject().Select(e => e.Value) ?? [];
        return new Paper(
            PaperIdentity.For(title, doi, arxivId),
            title,
            metadata.Text("abstract") ?? "",
            doi,
            arxivId,
            metadata.Year("year"),
            metadata.Items("authors").Select(a => string.Join(' ', new[] { a.Text("first"), a.Text("last") }.OfType<string>())).ToList(),
            metadata.Text("venue"),
            References: entries.Select(BibEntryOf).ToList());
    }

    private static CitedWork BibEntryOf(JsonElement entry)
    {
        var ids = entry.Object("other_ids");
        return new CitedWork(entry.Text("title"), entry.Year("year"), FirstId(ids, "DOI"), FirstId(ids, "arXiv"));
    }

    private static string? FirstId(JsonElement? ids, string name) => ids?.Strings(name).FirstOrDefault();
}

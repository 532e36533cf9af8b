using System.Text.Json;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Fuzzing;

/// <summary>A corpus format under fuzzing: how a real paper is written as one record of it, how records are framed into
/// a file, and how far a broken record may disturb its neighbours. A new reader is fuzzed by adding one entry to
/// <see cref="All"/> (the record writers are in <see cref="FuzzedRecords"/>).</summary>
/// <param name="Name">The case's name (a format may be fuzzed in several shapes).</param>
/// <param name="Neighbourhood">Records on each side of a broken one that may be lost with it (a listing pairs lines,
/// so a broken title can take the abstract after it along); records farther away must still be read.</param>
/// <param name="Identify">What identifies a read paper as the written one (its title, or its text for lines).</param>
/// <param name="Header">Text before the first record (an array's bracket, a feed's root element).</param>
/// <param name="Separator">Text between records, always ending a line.</param>
/// <param name="Footer">Text after the last record.</param>
/// <param name="KeepsOnlyEarlier">A single document (a JSON array, an XML feed) cannot be read past a syntax error, so
/// only the records before the broken one must survive; the break itself is still reported with its place.</param>
public sealed record FuzzedFormat(
    string Name, CorpusFormat Format, string Extension, Func<Paper, string> Write, Func<Paper, string> Identify, int Neighbourhood,
    string Header = "", string Separator = "\n", string Footer = "", bool KeepsOnlyEarlier = false)
{
    private static readonly Func<Paper, string> Slug = paper => PaperIdentity.TitleSlug(paper.Title);

    public static IReadOnlyList<FuzzedFormat> All { get; } =
    [
        new("jsonl", CorpusFormat.JsonLines, ".jsonl",
            paper => JsonSerializer.Serialize(new { title = paper.Title, @abstract = paper.Abstract, year = paper.Year, authors = paper.Authors }),
            paper => paper.Title, Neighbourhood: 0),
        new("abstracts", CorpusFormat.Abstracts, ".txt", paper => $"{paper.Title}\n{paper.Abstract}", paper => paper.Title, Neighbourhood: 1),
        new("lines", CorpusFormat.Lines, ".txt", paper => paper.Abstract, paper => paper.Abstract, Neighbourhood: 0),
        new("openalex", CorpusFormat.OpenAlex, ".jsonl", FuzzedRecords.OpenAlexWork, Slug, Neighbourhood: 0),
        new("s2-paper", CorpusFormat.SemanticScholar, ".jsonl", FuzzedRecords.SemanticScholarPaper, Slug, Neighbourhood: 0),
        new("s2-reference", CorpusFormat.SemanticScholar, ".jsonl", FuzzedRecords.SemanticScholarReference, Slug, Neighbourhood: 0),
        new("s2-open-corpus", CorpusFormat.SemanticScholar, ".jsonl", FuzzedRecords.OpenCorpusLine, Slug, Neighbourhood: 0),
        new("s2orc", CorpusFormat.SemanticScholar, ".jsonl", FuzzedRecords.S2orcPaper, Slug, Neighbourhood: 0),
        new("arxiv", CorpusFormat.ArxivSnapshot, ".json", FuzzedRecords.ArxivSnapshotLine, Slug, Neighbourhood: 0),
        new("arxiv-atom", CorpusFormat.ArxivAtom, ".xml", FuzzedRecords.AtomEntry, Slug, Neighbourhood: 0,
            Header: "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n", Footer: "</feed>\n", KeepsOnlyEarlier: true),
        new("bibtex", CorpusFormat.BibTex, ".bib", FuzzedRecords.BibTexEntry, Slug, Neighbourhood: 0),
        new("csl-json", CorpusFormat.CslJson, ".json", FuzzedRecords.CslItem, Slug, Neighbourhood: 0,
            Header: "[\n", Separator: ",\n", Footer: "]\n", KeepsOnlyEarlier: true),
        new("csl-json-lines", CorpusFormat.CslJson, ".jsonl", FuzzedRecords.CslItem, Slug, Neighbourhood: 0),
    ];

    public override string ToString() => Name;
}

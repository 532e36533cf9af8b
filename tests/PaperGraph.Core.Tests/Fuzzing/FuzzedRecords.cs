using System.Security;
using System.Text.Json;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Fuzzing;

/// <summary>A real paper written as one record of each scholarly format, with the fields its reader needs and the
/// references those sources carry, on one line each (JSON Lines, one entry per line) so a mutation breaks one record.</summary>
internal static class FuzzedRecords
{
    public static string OpenAlexWork(Paper paper) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = "https://openalex.org/W" + Number(paper),
        ["display_name"] = paper.Title,
        ["publication_year"] = paper.Year,
        ["authorships"] = Authors(paper).Select(name => new { author = new { display_name = name } }),
        ["abstract_inverted_index"] = InvertedIndex(paper.Abstract),
        ["referenced_works"] = new[] { "https://openalex.org/W2741809807" },
    });

    public static string SemanticScholarPaper(Paper paper) => JsonSerializer.Serialize(GraphPaper(paper));

    public static string SemanticScholarReference(Paper paper) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["contexts"] = Array.Empty<string>(),
        ["intents"] = Array.Empty<string>(),
        ["isInfluential"] = false,
        ["citedPaper"] = GraphPaper(paper),
    });

    public static string OpenCorpusLine(Paper paper) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = Hex(paper),
        ["title"] = paper.Title,
        ["paperAbstract"] = paper.Abstract,
        ["year"] = paper.Year,
        ["authors"] = Authors(paper).Select(name => new { name }),
        ["outCitations"] = new[] { "0000000000000000000000000000000000000001" },
        ["inCitations"] = Array.Empty<string>(),
    });

    public static string S2orcPaper(Paper paper) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["paper_id"] = Number(paper).ToString(),
        ["metadata"] = new { title = paper.Title, @abstract = paper.Abstract, year = paper.Year },
        ["grobid_parse"] = new { bib_entries = new { BIBREF0 = new { title = "Deep Residual Learning", year = 2016 } } },
    });

    public static string ArxivSnapshotLine(Paper paper) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = ArxivId(paper),
        ["submitter"] = Authors(paper).FirstOrDefault(),
        ["title"] = paper.Title,
        ["abstract"] = paper.Abstract,
        ["versions"] = new[] { new { version = "v1", created = "Mon, 2 Apr 2007 19:18:42 GMT" } },
        ["update_date"] = "2008-11-13",
        ["authors_parsed"] = Authors(paper).Select(name => new[] { name, "", "" }),
    });

    public static string AtomEntry(Paper paper) =>
        $"<entry><id>http://arxiv.org/abs/{ArxivId(paper)}v1</id><title>{SecurityElement.Escape(paper.Title)}</title>" +
        $"<summary>{SecurityElement.Escape(paper.Abstract)}</summary><published>2007-04-02T19:18:42Z</published></entry>";

    /// <summary>Braces in the text are dropped: BibTeX braces must balance, and the fuzzing adds the unbalanced ones.</summary>
    public static string BibTexEntry(Paper paper) =>
        $"@article{{k{Number(paper)}, title = {{{NoBraces(paper.Title)}}}, year = {{{paper.Year}}}, abstract = {{{NoBraces(paper.Abstract)}}}}}";

    public static string CslItem(Paper paper) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = "k" + Number(paper),
        ["type"] = "article-journal",
        ["title"] = paper.Title,
        ["abstract"] = paper.Abstract,
        ["issued"] = new Dictionary<string, int[][]> { ["date-parts"] = [[paper.Year ?? 2020]] },
        ["author"] = Authors(paper).Select(literal => new { literal }),
    });

    private static Dictionary<string, object?> GraphPaper(Paper paper) => new()
    {
        ["paperId"] = Hex(paper),
        ["title"] = paper.Title,
        ["abstract"] = paper.Abstract,
        ["year"] = paper.Year,
        ["externalIds"] = new { ArXiv = ArxivId(paper) },
        ["authors"] = Authors(paper).Select(name => new { name }),
        ["references"] = new[] { new { paperId = "0000000000000000000000000000000000000001", title = "Deep Residual Learning" } },
    };

    private static Dictionary<string, int[]> InvertedIndex(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select((word, position) => (word, position))
            .GroupBy(w => w.word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(w => w.position).ToArray(), StringComparer.Ordinal);

    private static IReadOnlyList<string> Authors(Paper paper) => paper.Authors ?? [];

    /// <summary>A stable number per paper, so ids differ between the records of one file.</summary>
    private static int Number(Paper paper) => (int)(StableHash(paper.Title) % 90_000_000) + 10_000_000;

    private static string Hex(Paper paper) => StableHash(paper.Title).ToString("x16");

    private static string ArxivId(Paper paper) => $"2101.{Number(paper) % 100_000:00000}";

    private static string NoBraces(string text) => text.Replace("{", "").Replace("}", "");

    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}

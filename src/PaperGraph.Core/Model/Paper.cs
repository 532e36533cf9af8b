namespace PaperGraph.Core.Model;

/// <summary>A paper as read from a corpus: metadata and abstract, before extraction.</summary>
/// <param name="Id">Stable identity, see <see cref="PaperIdentity"/>.</param>
/// <param name="Abstract">Empty when the source has none (a BibTeX entry, an OpenAlex work without an inverted index).</param>
/// <param name="References">Works this paper cites, as its source lists them; null when the source says nothing
/// (so a re-import from such a source keeps the references already stored).</param>
/// <param name="CitedBy">Works citing this paper, where the source lists them (Semantic Scholar's inCitations).</param>
/// <param name="IsStub">A paper known only as a reference: never imported itself, so it has no abstract or extraction.</param>
public sealed record Paper(
    string Id,
    string Title,
    string Abstract,
    string? Doi = null,
    string? ArxivId = null,
    int? Year = null,
    IReadOnlyList<string>? Authors = null,
    string? Venue = null,
    string? Url = null,
    string? OpenAlexId = null,
    string? SemanticScholarId = null,
    IReadOnlyList<CitedWork>? References = null,
    IReadOnlyList<CitedWork>? CitedBy = null,
    bool IsStub = false)
{
    /// <summary>The keys that identify this paper across sources, see <see cref="PaperKeys"/>.</summary>
    public IReadOnlyList<string> Keys => PaperKeys.Of(Doi, ArxivId, OpenAlexId, SemanticScholarId, Title, Year);
}

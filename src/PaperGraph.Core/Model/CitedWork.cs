namespace PaperGraph.Core.Model;

/// <summary>A work named in a reference list (or as a citing work): whatever ids and metadata the source gives.
/// It becomes a stub paper unless the corpus holds it.</summary>
public sealed record CitedWork(
    string? Title = null,
    int? Year = null,
    string? Doi = null,
    string? ArxivId = null,
    string? OpenAlexId = null,
    string? SemanticScholarId = null)
{
    /// <summary>The keys that identify the work across sources, see <see cref="PaperKeys"/>.</summary>
    public IReadOnlyList<string> Keys => PaperKeys.Of(Doi, ArxivId, OpenAlexId, SemanticScholarId, Title, Year);

    /// <summary>False when the source gave nothing to identify the work by.</summary>
    public bool IsIdentifiable => Keys.Count > 0;

    /// <summary>The stub paper standing for this work until the work itself is imported; a work known only by
    /// an id is titled with that id so it can still be shown.</summary>
    public Paper ToStub()
    {
        var title = string.IsNullOrWhiteSpace(Title) ? Keys[0] : Title.Trim();
        return new Paper(PaperIdentity.For(title, Doi, ArxivId, OpenAlexId, SemanticScholarId), title, "",
            Doi, ArxivId, Year, OpenAlexId: OpenAlexId, SemanticScholarId: SemanticScholarId, IsStub: true);
    }
}

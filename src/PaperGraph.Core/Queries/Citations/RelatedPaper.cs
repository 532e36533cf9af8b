using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Queries.Citations;

/// <summary>A paper related to the asked one through the citation graph, with why.</summary>
/// <param name="CoCitations">Papers citing both (co-citation).</param>
/// <param name="SharedReferences">References both cite (bibliographic coupling).</param>
/// <param name="Reasons">The reasons in words, strongest first.</param>
public sealed record RelatedPaper(CitationNode Paper, int CoCitations, int SharedReferences, IReadOnlyList<string> Reasons)
{
    /// <summary>Co-citation and coupling weigh the same, as Connected Papers combines them.</summary>
    public int Score => CoCitations + SharedReferences;
}

/// <summary>The related papers of one paper, best first.</summary>
public sealed record RelatedPapers(CitationNode Paper, IReadOnlyList<RelatedPaper> Related);

using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Queries.Citations;

/// <summary>A paper related to the asked one, with why: through the citation graph, similar text, or both.</summary>
/// <param name="CoCitations">Papers citing both (co-citation).</param>
/// <param name="SharedReferences">References both cite (bibliographic coupling).</param>
/// <param name="TextSimilarity">The stored SIMILAR_TO score in [0, 1], null when the two are not stored as similar.</param>
/// <param name="SharedTerms">The terms that make the texts similar.</param>
/// <param name="Score">How related, as <see cref="RelatedPaperService"/> combines the three.</param>
/// <param name="Reasons">The reasons in words, strongest first.</param>
public sealed record RelatedPaper(
    CitationNode Paper,
    int CoCitations,
    int SharedReferences,
    double? TextSimilarity,
    IReadOnlyList<string> SharedTerms,
    double Score,
    IReadOnlyList<string> Reasons);

/// <summary>The related papers of one paper, best first.</summary>
public sealed record RelatedPapers(CitationNode Paper, IReadOnlyList<RelatedPaper> Related);

using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Queries.Citations;

/// <summary>The shortest chain of citations joining two papers.</summary>
/// <param name="Papers">From the first paper to the second; empty when no chain of at most
/// <see cref="CitationService.MaxPathSteps"/> citations joins them.</param>
/// <param name="Links">The CITES edges along the chain, each in its own direction (citing to cited).</param>
public sealed record CitationPath(CitationNode From, CitationNode To, IReadOnlyList<CitationNode> Papers, IReadOnlyList<PaperLink> Links)
{
    public bool Found => Papers.Count > 0;
}

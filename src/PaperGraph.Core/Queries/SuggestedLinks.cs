using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Core.Queries;

/// <summary>Suggested links around some nodes of the graph, to draw beside its relations: the links and the nodes at
/// their far ends that were not among those asked about.</summary>
public sealed record SuggestedLinks(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<SuggestedLink> Links)
{
    public static SuggestedLinks Empty { get; } = new([], []);
}

/// <summary>One suggestion as an edge: a SIMILAR_TO pair of papers, or a missing link from a paper to an entity
/// (<paramref name="Role"/> says which relation).</summary>
public sealed record SuggestedLink(string Source, string Target, SuggestionKind Kind, double Score, RelationType? Role);

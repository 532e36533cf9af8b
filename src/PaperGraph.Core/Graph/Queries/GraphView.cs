using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>A subgraph for the explorer. Node ids are paper ids or entity keys.</summary>
public sealed record GraphView(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static GraphView Empty { get; } = new([], []);
}

/// <param name="Degree">Number of relations of the node in the whole graph.</param>
public sealed record GraphNode(string Id, NodeKind Kind, string Label, int Degree);

public sealed record GraphEdge(string Source, string Target, RelationType Type, string? Label);

using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Web.Components.Graph;

/// <summary>A subgraph as the JS module takes it: kinds and relation types as names, not numbers.</summary>
public sealed record ExplorerElements(IReadOnlyList<ExplorerNode> Nodes, IReadOnlyList<ExplorerEdge> Edges)
{
    public static ExplorerElements From(GraphView view) => new(
        [.. view.Nodes.Select(n => new ExplorerNode(n.Id, n.Label, n.Kind.ToString(), n.Degree))],
        [.. view.Edges.Select(e => new ExplorerEdge(e.Source, e.Target, e.Type.ToString()))]);
}

public sealed record ExplorerNode(string Id, string Label, string Kind, int Degree);

public sealed record ExplorerEdge(string Source, string Target, string Type);

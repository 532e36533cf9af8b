using PaperGraph.Core.Graph.Queries;
using System.Globalization;
using PaperGraph.Core.Queries;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Web.Components.Graph;

/// <summary>A subgraph as the JS module takes it: kinds and relation types as names, not numbers.</summary>
public sealed record ExplorerElements(IReadOnlyList<ExplorerNode> Nodes, IReadOnlyList<ExplorerEdge> Edges)
{
    public static ExplorerElements From(GraphView view) => new(
        [.. view.Nodes.Select(ExplorerNode.From)],
        [.. view.Edges.Select(e => new ExplorerEdge(e.Source, e.Target, e.Type.ToString()))]);

    /// <summary>Methods and datasets, each pair an edge weighted (and captioned) by the papers behind it.</summary>
    public static ExplorerElements From(MethodDatasetGraph graph) => new(
        [.. graph.Nodes.Select(ExplorerNode.From)],
        [.. graph.Links.Select(link => new ExplorerEdge(link.MethodKey, link.DatasetKey, RelationStyle.EvaluatedWith, link.Papers,
            link.Papers == 1 ? "1 paper" : $"{link.Papers} papers"))]);

    /// <summary>Suggested links as dashed edges of their own types, captioned with what they suggest and their score.</summary>
    public static ExplorerElements From(SuggestedLinks suggested) => new(
        [.. suggested.Nodes.Select(ExplorerNode.From)],
        [.. suggested.Links.Select(link => link.Kind == SuggestionKind.SimilarPaper
            ? new ExplorerEdge(link.Source, link.Target, RelationStyle.SimilarTo, Caption: $"similar ({Score(link)})")
            : new ExplorerEdge(link.Source, link.Target, RelationStyle.SuggestedLink, Caption: $"suggested {link.Role} ({Score(link)})"))]);

    private static string Score(SuggestedLink link) => link.Score.ToString("0.00", CultureInfo.InvariantCulture);
}

public sealed record ExplorerNode(string Id, string Label, string Kind, int Degree)
{
    public static ExplorerNode From(GraphNode node) => new(node.Id, node.Label, node.Kind.ToString(), node.Degree);
}

/// <param name="Weight">Papers behind the edge, for edges that stand for many papers; null otherwise.</param>
/// <param name="Caption">Shown on the selected edge; the type when null.</param>
public sealed record ExplorerEdge(string Source, string Target, string Type, int? Weight = null, string? Caption = null);

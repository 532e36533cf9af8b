using PaperGraph.Core.Model;
using PaperGraph.Web.Components.Shared;

namespace PaperGraph.Web.Components.Graph;

/// <summary>How a kind of node looks in the explorer: the site-wide type colour (so the graph matches chips and
/// mentions) and a Cytoscape shape name. One table feeds both the canvas and the legend, so they always agree.</summary>
public sealed record NodeKindStyle(NodeKind Kind, string Shape)
{
    public static IReadOnlyList<NodeKindStyle> All { get; } =
    [
        new(NodeKind.Paper, "ellipse"),
        new(NodeKind.Method, "round-rectangle"),
        new(NodeKind.Dataset, "diamond"),
        new(NodeKind.Metric, "triangle"),
        new(NodeKind.Task, "hexagon"),
    ];

    public string Colour => EntityTypeStyle.Colour(Kind);

    public static NodeKindStyle Of(NodeKind kind) => All.First(s => s.Kind == kind);
}

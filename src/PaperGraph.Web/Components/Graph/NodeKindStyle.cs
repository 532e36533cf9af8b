using PaperGraph.Core.Model;

namespace PaperGraph.Web.Components.Graph;

/// <summary>How a kind of node looks in the explorer: fill colour and Cytoscape shape name. One table
/// feeds both the canvas and the legend, so they always agree.</summary>
public sealed record NodeKindStyle(NodeKind Kind, string Colour, string Shape)
{
    public static IReadOnlyList<NodeKindStyle> All { get; } =
    [
        new(NodeKind.Paper, "#5c6bc0", "ellipse"),
        new(NodeKind.Method, "#ef6c00", "round-rectangle"),
        new(NodeKind.Dataset, "#2e7d32", "diamond"),
        new(NodeKind.Metric, "#8e24aa", "triangle"),
        new(NodeKind.Task, "#00838f", "hexagon"),
    ];

    public static NodeKindStyle Of(NodeKind kind) => All.First(s => s.Kind == kind);
}

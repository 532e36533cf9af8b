using PaperGraph.Core.Model;

namespace PaperGraph.Web.Components.Graph;

/// <summary>How a kind of node looks in the explorer: a CSS colour (the site-wide type colour variable,
/// so the graph matches chips and mentions) and a Cytoscape shape name. One table feeds both the canvas and
/// the legend, so they always agree.</summary>
public sealed record NodeKindStyle(NodeKind Kind, string Colour, string Shape)
{
    public static IReadOnlyList<NodeKindStyle> All { get; } =
    [
        new(NodeKind.Paper, "var(--type-paper, #607d8b)", "ellipse"),
        new(NodeKind.Method, "var(--type-method, #8e24aa)", "round-rectangle"),
        new(NodeKind.Dataset, "var(--type-dataset, #1e88e5)", "diamond"),
        new(NodeKind.Metric, "var(--type-metric, #ef6c00)", "triangle"),
        new(NodeKind.Task, "var(--type-task, #2e7d32)", "hexagon"),
    ];

    public static NodeKindStyle Of(NodeKind kind) => All.First(s => s.Kind == kind);
}

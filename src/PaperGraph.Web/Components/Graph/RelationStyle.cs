using PaperGraph.Core.Model;

namespace PaperGraph.Web.Components.Graph;

/// <summary>How an edge type looks in the explorer: a colour and a Cytoscape line style, so types stay apart for
/// readers who cannot tell every colour apart. One table feeds both the canvas and the legend, so they always agree;
/// a new mode's edge type is one more entry.</summary>
public sealed record RelationStyle(string Type, string Colour, string LineStyle)
{
    /// <summary>The projection's edge: papers that propose or use a method and are evaluated on a dataset.</summary>
    public const string EvaluatedWith = nameof(EvaluatedWith);

    public static IReadOnlyList<RelationStyle> All { get; } =
    [
        new(nameof(RelationType.Proposes), "#8e24aa", "solid"),
        new(nameof(RelationType.Uses), "#ab47bc", "dashed"),
        new(nameof(RelationType.EvaluatedOn), "#1e88e5", "solid"),
        new(nameof(RelationType.Mentions), "#90a4ae", "dotted"),
        new(nameof(RelationType.Addresses), "#43a047", "dashed"),
        new(nameof(RelationType.Reports), "#f4511e", "solid"),
        new(nameof(RelationType.VariantOf), "#00897b", "dotted"),
        new(nameof(RelationType.BuildsOn), "#6d4c41", "dashed"),
        new(nameof(RelationType.Cites), "#546e7a", "solid"),
        new(EvaluatedWith, "#5c6bc0", "solid"),
    ];

    public static RelationStyle Of(string type) => All.First(s => s.Type == type);
}

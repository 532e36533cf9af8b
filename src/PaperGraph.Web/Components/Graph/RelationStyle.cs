using PaperGraph.Core.Model;

namespace PaperGraph.Web.Components.Graph;

/// <summary>How an edge type looks in the explorer: a colour and a Cytoscape line style, so types stay apart for
/// readers who cannot tell every colour apart. One table feeds both the canvas and the legend, so they always agree;
/// a new mode's edge type is one more entry.</summary>
public sealed record RelationStyle(string Type, string Colour, string LineStyle)
{
    /// <summary>The projection's edge: papers that propose or use a method and are evaluated on a dataset.</summary>
    public const string EvaluatedWith = nameof(EvaluatedWith);

    /// <summary>A suggested pair of similar papers (SIMILAR_TO), drawn only while suggestions are shown.</summary>
    public const string SimilarTo = nameof(SimilarTo);

    /// <summary>A suggested missing link from a paper to an entity, drawn only while suggestions are shown.</summary>
    public const string SuggestedLink = nameof(SuggestedLink);

    /// <summary>The edge types that stand for suggestions rather than relations the graph holds.</summary>
    public static IReadOnlyList<string> Suggestions { get; } = [SimilarTo, SuggestedLink];

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
        new(SimilarTo, "#ef6c00", "dashed"),
        new(SuggestedLink, "#d81b60", "dashed"),
    ];

    public static RelationStyle Of(string type) => All.First(s => s.Type == type);
}

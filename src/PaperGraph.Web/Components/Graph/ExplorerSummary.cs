using PaperGraph.Core.Model;

namespace PaperGraph.Web.Components.Graph;

/// <summary>What the canvas shows, as the JS module reports it after every change.</summary>
/// <param name="Kinds">Node counts by <see cref="NodeKind"/> name.</param>
/// <param name="Relations">Edge counts by <see cref="RelationType"/> or <see cref="RelationStyle"/> type name.</param>
/// <param name="CanUndo">Whether a hide can be undone.</param>
public sealed record ExplorerSummary(
    int Nodes,
    int Edges,
    IReadOnlyDictionary<string, int> Kinds,
    IReadOnlyDictionary<string, int> Relations,
    bool CanUndo)
{
    public static ExplorerSummary Empty { get; } = new(0, 0, new Dictionary<string, int>(), new Dictionary<string, int>(), false);

    public int CountOf(NodeKind kind) => Kinds.GetValueOrDefault(kind.ToString());

    public int CountOf(RelationType type) => Relations.GetValueOrDefault(type.ToString());

    /// <summary>Edges of a type by name, for the types that are no <see cref="RelationType"/> (suggested links).</summary>
    public int CountOf(string edgeType) => Relations.GetValueOrDefault(edgeType);
}

/// <summary>A node the user selected, in selection order.</summary>
public sealed record SelectedNode(string Id, string Kind, string Label)
{
    public NodeKind? NodeKind => Enum.TryParse<NodeKind>(Kind, out var kind) ? kind : null;
}

/// <summary>An edge the user clicked, with the labels of its ends.</summary>
public sealed record SelectedEdge(string Source, string Target, string Type, string SourceLabel, string TargetLabel);

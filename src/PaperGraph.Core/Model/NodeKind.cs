namespace PaperGraph.Core.Model;

/// <summary>The kinds of node in the graph: papers plus the entity types.</summary>
public enum NodeKind
{
    Paper,
    Method,
    Dataset,
    Metric,
    Task,
}

public static class NodeKinds
{
    public static NodeKind Of(EntityType type) => type switch
    {
        EntityType.Method => NodeKind.Method,
        EntityType.Dataset => NodeKind.Dataset,
        EntityType.Metric => NodeKind.Metric,
        EntityType.Task => NodeKind.Task,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static EntityType? EntityTypeOf(NodeKind kind) => kind switch
    {
        NodeKind.Method => EntityType.Method,
        NodeKind.Dataset => EntityType.Dataset,
        NodeKind.Metric => EntityType.Metric,
        NodeKind.Task => EntityType.Task,
        _ => null,
    };
}

namespace PaperGraph.Core.Graph;

/// <summary>The names users type for stores (<c>--store sqlite|neo4j</c>, <c>PAPERGRAPH_STORE</c>).</summary>
public static class GraphStoreNames
{
    public const string Sqlite = "sqlite";
    public const string Neo4j = "neo4j";

    public static IReadOnlyList<string> All { get; } = [Sqlite, Neo4j];

    public static GraphStoreKind? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Sqlite => GraphStoreKind.Sqlite,
        Neo4j => GraphStoreKind.Neo4j,
        _ => null,
    };
}

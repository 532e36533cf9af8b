namespace PaperGraph.Core.Graph;

/// <summary>The graph stores a host can be configured for (<c>--store</c>, <c>PaperGraph:Store</c>).</summary>
public enum GraphStoreKind
{
    /// <summary>An embedded SQLite file: no server needed.</summary>
    Sqlite,

    /// <summary>A Neo4j 5.19+ server, cluster or Aura instance.</summary>
    Neo4j,
}

namespace PaperGraph.Neo4j.Cypher;

/// <summary>The store version on the single <c>StoreState</c> node: bumped by every write, read to tell whether a
/// kept answer is still current.</summary>
internal static class StoreStateStatements
{
    public static CypherStatement BumpVersion { get; } = new("store-state.bump-version",
        """
        MERGE (s:StoreState {id: 'papergraph'})
        SET s.version = coalesce(s.version, 0) + 1
        RETURN s.version AS version
        """,
        Samples.Of());

    public static CypherStatement Version { get; } = new("store-state.version",
        """
        OPTIONAL MATCH (s:StoreState {id: 'papergraph'})
        RETURN coalesce(s.version, 0) AS version
        """,
        Samples.Of());

    public static IReadOnlyList<CypherStatement> All { get; } = [BumpVersion, Version];
}

namespace PaperGraph.Neo4j.Cypher;

/// <summary>The store version, bumped by every write, and the derived BUILDS_ON relations.</summary>
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

    /// <summary>Run in its own implicit transaction: a large graph holds millions of these links, removed in chunks.</summary>
    public static CypherStatement ClearBuildsOn { get; } = new("store-state.clear-builds-on",
        """
        MATCH ()-[r:BUILDS_ON]->()
        CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS
        """,
        Samples.Of());

    /// <summary>Paper Q uses a method another paper P proposes, so Q builds on P.</summary>
    public static CypherStatement DeriveBuildsOn { get; } = new("store-state.derive-builds-on",
        """
        MATCH (proposer:Paper)-[:PROPOSES]->(:Method)<-[:USES]-(user:Paper)
        WHERE user <> proposer
        WITH DISTINCT user, proposer
        CALL { WITH user, proposer MERGE (user)-[:BUILDS_ON]->(proposer) } IN TRANSACTIONS OF 10000 ROWS
        """,
        Samples.Of());

    public static IReadOnlyList<CypherStatement> All { get; } = [BumpVersion, Version, ClearBuildsOn, DeriveBuildsOn];
}

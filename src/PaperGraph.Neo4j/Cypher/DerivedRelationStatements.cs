namespace PaperGraph.Neo4j.Cypher;

/// <summary>The derived BUILDS_ON relations, rebuilt from PROPOSES and USES after imports.</summary>
internal static class DerivedRelationStatements
{
    /// <summary>Run in its own implicit transaction: a large graph holds millions of these links, removed in chunks.</summary>
    public static CypherStatement ClearBuildsOn { get; } = new("derived.clear-builds-on",
        """
        MATCH ()-[r:BUILDS_ON]->()
        CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS
        """,
        Samples.Of());

    /// <summary>Paper Q uses a method another paper P proposes, so Q builds on P.</summary>
    public static CypherStatement DeriveBuildsOn { get; } = new("derived.builds-on",
        """
        MATCH (proposer:Paper)-[:PROPOSES]->(:Method)<-[:USES]-(user:Paper)
        WHERE user <> proposer
        WITH DISTINCT user, proposer
        CALL { WITH user, proposer MERGE (user)-[:BUILDS_ON]->(proposer) } IN TRANSACTIONS OF 10000 ROWS
        """,
        Samples.Of());

    public static IReadOnlyList<CypherStatement> All { get; } = [ClearBuildsOn, DeriveBuildsOn];
}

namespace PaperGraph.Neo4j.Cypher;

/// <summary>Counts by label and by relationship type. Each is a single-label or single-type count, which Neo4j
/// answers from its count store without touching the data, so statistics need no cache.</summary>
internal static class StatisticsStatements
{
    public static CypherStatement Counts { get; } = new("statistics.counts",
        """
        CALL { MATCH (n:Paper) RETURN count(n) AS papers }
        CALL { MATCH (n:Stub) RETURN count(n) AS stubs }
        CALL { MATCH (n:Method) RETURN count(n) AS methods }
        CALL { MATCH (n:Dataset) RETURN count(n) AS datasets }
        CALL { MATCH (n:Metric) RETURN count(n) AS metrics }
        CALL { MATCH (n:Task) RETURN count(n) AS tasks }
        CALL { MATCH ()-[r:PROPOSES]->() RETURN count(r) AS proposes }
        CALL { MATCH ()-[r:USES]->() RETURN count(r) AS uses }
        CALL { MATCH ()-[r:EVALUATED_ON]->() RETURN count(r) AS evaluatedOn }
        CALL { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions }
        CALL { MATCH ()-[r:ADDRESSES]->() RETURN count(r) AS addresses }
        CALL { MATCH ()-[r:REPORTS]->() RETURN count(r) AS reports }
        CALL { MATCH ()-[r:VARIANT_OF]->() RETURN count(r) AS variantOf }
        CALL { MATCH ()-[r:BUILDS_ON]->() RETURN count(r) AS buildsOn }
        CALL { MATCH ()-[r:CITES]->() RETURN count(r) AS cites }
        RETURN papers - stubs AS papers, stubs, methods, datasets, metrics, tasks, proposes, uses, evaluatedOn, mentions, addresses, reports, variantOf,
               buildsOn, cites
        """,
        Samples.Of());

    public static IReadOnlyList<CypherStatement> All { get; } = [Counts];
}

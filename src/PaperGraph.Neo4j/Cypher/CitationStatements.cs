using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>Citation reads: papers by match key, and the paper-to-paper edges around given papers.</summary>
internal static class CitationStatements
{
    private const string EdgeEnds =
        """

        WITH DISTINCT r
        WITH r, startNode(r) AS s, endNode(r) AS t
        RETURN s.id AS sourceId, s.title AS sourceTitle, s.year AS sourceYear, s:Stub AS sourceStub,
               COUNT { (s)<-[:CITES]-(:Paper) } AS sourceCitedBy,
               t.id AS targetId, t.title AS targetTitle, t.year AS targetYear, t:Stub AS targetStub,
               COUNT { (t)<-[:CITES]-(:Paper) } AS targetCitedBy,
               type(r) AS type
        ORDER BY sourceId, type, targetId
        """;

    public static CypherStatement ByKeys { get; } = new("citations.by-keys",
        """
        UNWIND $keys AS key
        MATCH (k:PaperKey {key: key})
        MATCH (p:Paper {id: k.paperId})
        RETURN key, p.id AS id
        """,
        Of(("keys", new[] { "doi:10.1/resnet", "openalex:W2194775991" })));

    /// <summary>Both ends of each CITES or BUILDS_ON edge touching the papers, each with its citations in the corpus.</summary>
    public static CypherStatement Links { get; } = new("citations.links",
        """
        UNWIND $ids AS id
        MATCH (:Paper {id: id})-[r:CITES|BUILDS_ON]-(:Paper)
        """ + EdgeEnds,
        Of(("ids", new[] { "doi:10.1/resnet" })));

    /// <summary>As <see cref="Links"/>, CITES edges only: the derived BUILDS_ON edges of a paper with common methods
    /// run into thousands in a large corpus.</summary>
    public static CypherStatement CitesLinks { get; } = new("citations.cites-links",
        """
        UNWIND $ids AS id
        MATCH (:Paper {id: id})-[r:CITES]-(:Paper)
        """ + EdgeEnds,
        Of(("ids", new[] { "doi:10.1/resnet" })));

    public static IReadOnlyList<CypherStatement> All { get; } = [ByKeys, Links, CitesLinks];
}

using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>The reads behind reports-on: every score of a dataset family (ranked in C#, kept per
/// store version), the papers evaluated on it without a number, and the results of one page of papers.</summary>
internal static class ReportsOnStatements
{
    private static readonly string[] SampleFamily = ["dataset:imagenet", "dataset:imagenet1k"];

    public static CypherStatement Scores { get; } = new("reports-on.scores",
        """
        MATCH (p:Paper)-[r:REPORTS]->(d:Entity)
        WHERE d.key IN $family
        RETURN d.key AS dataset, r.setting AS setting, r.metricKey AS metricKey, r.score AS score, p.id AS paper, r.isCost AS isCost
        """,
        Of(("family", SampleFamily)));

    /// <summary>Newest first, then the best connected.</summary>
    public static CypherStatement WithoutResults { get; } = new("reports-on.without-results",
        """
        MATCH (p:Paper)-[:EVALUATED_ON]->(d:Entity)
        WHERE d.key IN $family AND NOT EXISTS { MATCH (p)-[:REPORTS]->(x:Entity) WHERE x.key IN $family }
        WITH DISTINCT p
        RETURN p.id AS id
        ORDER BY p.year IS NULL, p.year DESC, p.entityCount DESC, p.id
        """,
        Of(("family", SampleFamily)));

    public static CypherStatement PagePapers { get; } = new("reports-on.page-papers",
        """
        UNWIND $ids AS id
        MATCH (p:Paper {id: id})
        RETURN p.id AS id, p.title AS title, p.year AS year
        """,
        Of(("ids", new[] { "doi:10.1/resnet" })));

    public static CypherStatement PageResults { get; } = new("reports-on.page-results",
        $$"""
        UNWIND $ids AS id
        MATCH (p:Paper {id: id})-[r:REPORTS]->(d:Entity)
        WHERE d.key IN $family
        RETURN p.id AS paper, r.metricKey AS metricKey, r.score AS score, p.abstract AS abstract,
               {{PaperStatements.ResultColumns}}
        """,
        Of(("ids", new[] { "doi:10.1/resnet" }), ("family", SampleFamily)));

    public static IReadOnlyList<CypherStatement> All { get; } = [Scores, WithoutResults, PagePapers, PageResults];
}

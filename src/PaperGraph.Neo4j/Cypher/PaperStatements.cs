using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>A paper page: metadata, entities by role, results, mentions and BUILDS_ON both ways.</summary>
internal static class PaperStatements
{
    /// <summary>The columns of a result and its dataset, shared by the paper page and reports-on.</summary>
    public const string ResultColumns =
        """
        d.key AS datasetKey, d.type AS datasetType, d.name AS datasetName, r.metric AS metric, r.value AS value, r.unit AS unit,
               r.lowerIsBetter AS lowerIsBetter, r.qualifier AS qualifier, r.condition AS condition, r.setting AS setting,
               r.isCost AS isCost, r.sentenceStart AS sentenceStart, r.sentenceEnd AS sentenceEnd, r.spanStart AS spanStart,
               r.spanEnd AS spanEnd, r.valueText AS valueText
        """;

    /// <summary>Caps each BUILDS_ON list: a widely used method links thousands of papers.</summary>
    private const int LinkedPaperLimit = 200;

    public static CypherStatement ById { get; } = new("papers.by-id",
        """
        MATCH (p:Paper {id: $id})
        RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.doi AS doi, p.arxivId AS arxivId, p.year AS year,
               p.authors AS authors, p.venue AS venue, p.url AS url, p.openAlexId AS openAlexId, p.s2Id AS s2Id, p:Stub AS stub
        """,
        Of(("id", "doi:10.1/resnet")));

    /// <summary>Papers as summaries, in the order of <c>$ids</c>.</summary>
    public static CypherStatement Summaries { get; } = new("papers.summaries",
        """
        UNWIND range(0, size($ids) - 1) AS i
        MATCH (p:Paper {id: $ids[i]})
        RETURN p.id AS id, p.title AS title, p.year AS year
        ORDER BY i
        """,
        Of(("ids", new[] { "doi:10.1/resnet", "arxiv:1512.03385" })));

    public static CypherStatement Entities { get; } = new("papers.entities",
        $$"""
        MATCH (:Paper {id: $id})-[r:{{GraphNames.RoleTypes}}]->(e:Entity)
        RETURN e.key AS key, e.type AS type, e.name AS name, type(r) AS role
        """,
        Of(("id", "doi:10.1/resnet")));

    public static CypherStatement Results { get; } = new("papers.results",
        $$"""
        MATCH (:Paper {id: $id})-[r:REPORTS]->(d:Entity)
        RETURN {{ResultColumns}}
        ORDER BY r.ordinal
        """,
        Of(("id", "doi:10.1/resnet")));

    /// <summary>Mentions are kept on the paper as three parallel lists: they are only ever read for its page.</summary>
    public static CypherStatement Mentions { get; } = new("papers.mentions",
        """
        MATCH (p:Paper {id: $id})
        UNWIND range(0, size(coalesce(p.mentionKeys, [])) - 1) AS i
        MATCH (e:Entity {key: p.mentionKeys[i]})
        RETURN e.key AS key, e.type AS type, e.name AS name, p.mentionStarts[i] AS mentionStart, p.mentionEnds[i] AS mentionEnd
        ORDER BY i
        """,
        Of(("id", "doi:10.1/resnet")));

    public static CypherStatement BuildsOn { get; } = new("papers.builds-on",
        $$"""
        MATCH (:Paper {id: $id})-[:BUILDS_ON]->(q:Paper)
        RETURN q.id AS id, q.title AS title, q.year AS year
        ORDER BY q.year IS NULL, q.year DESC, q.title
        LIMIT {{LinkedPaperLimit}}
        """,
        Of(("id", "doi:10.1/resnet")));

    public static CypherStatement BuiltOnBy { get; } = new("papers.built-on-by",
        $$"""
        MATCH (:Paper {id: $id})<-[:BUILDS_ON]-(q:Paper)
        RETURN q.id AS id, q.title AS title, q.year AS year
        ORDER BY q.year IS NULL, q.year DESC, q.title
        LIMIT {{LinkedPaperLimit}}
        """,
        Of(("id", "doi:10.1/resnet")));

    public static IReadOnlyList<CypherStatement> All { get; } = [ById, Summaries, Entities, Results, Mentions, BuildsOn, BuiltOnBy];
}

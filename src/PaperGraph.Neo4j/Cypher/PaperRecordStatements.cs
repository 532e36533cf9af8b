using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>The store read back as the records that would write it again, a page of papers at a time: keyset paging
/// on the paper id, then the roles, results and entities of that page only.</summary>
internal static class PaperRecordStatements
{
    public static CypherStatement Papers { get; } = new("paper-records.papers",
        """
        MATCH (p:Paper)
        WHERE p.id > $after AND NOT p:Stub
        RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.doi AS doi, p.arxivId AS arxivId, p.year AS year,
               p.authors AS authors, p.venue AS venue, p.url AS url, p.openAlexId AS openAlexId, p.s2Id AS s2Id,
               coalesce(p.mentionKeys, []) AS mentionKeys, coalesce(p.mentionStarts, []) AS mentionStarts,
               coalesce(p.mentionEnds, []) AS mentionEnds
        ORDER BY p.id
        LIMIT $pageSize
        """,
        Of(("after", ""), ("pageSize", 1000)));

    public static CypherStatement Roles { get; } = new("paper-records.roles",
        $$"""
        UNWIND $ids AS id
        MATCH (:Paper {id: id})-[r:{{GraphNames.RoleTypes}}]->(e:Entity)
        RETURN id AS paper, e.key AS key, type(r) AS role
        ORDER BY paper, key, role
        """,
        Of(("ids", new[] { "doi:10.1/resnet" })));

    public static CypherStatement Results { get; } = new("paper-records.results",
        $$"""
        UNWIND $ids AS id
        MATCH (:Paper {id: id})-[r:REPORTS]->(d:Entity)
        RETURN id AS paper, {{PaperStatements.ResultColumns}}
        ORDER BY paper, r.ordinal
        """,
        Of(("ids", new[] { "doi:10.1/resnet" })));

    /// <summary>The entities a page names, with every stored name and their parent's.</summary>
    public static CypherStatement Entities { get; } = new("paper-records.entities",
        """
        UNWIND $keys AS key
        MATCH (e:Entity {key: key})
        OPTIONAL MATCH (e)-[:VARIANT_OF]->(parent:Entity)
        RETURN e.key AS key, e.type AS type, e.name AS name, coalesce(e.names, []) AS names,
               parent.key AS parentKey, parent.type AS parentType, parent.name AS parentName, coalesce(parent.names, []) AS parentNames
        """,
        Of(("keys", new[] { "dataset:imagenet1k" })));

    public static IReadOnlyList<CypherStatement> All { get; } = [Papers, Roles, Results, Entities];
}

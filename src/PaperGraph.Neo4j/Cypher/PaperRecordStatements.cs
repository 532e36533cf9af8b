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

    /// <summary>The other ends of a page's CITES edges: every work a paper cites, and the stubs citing it (stubs are not
    /// read back themselves), so every edge comes once.</summary>
    public static CypherStatement Cites { get; } = new("paper-records.cites",
        """
        UNWIND $ids AS id
        MATCH (:Paper {id: id})-[:CITES]->(other:Paper)
        RETURN id AS paper, true AS reference, other.id AS id, other.title AS title, other.abstract AS abstract, other.doi AS doi,
               other.arxivId AS arxivId, other.year AS year, other.authors AS authors, other.venue AS venue, other.url AS url,
               other.openAlexId AS openAlexId, other.s2Id AS s2Id, other:Stub AS stub
        UNION ALL
        UNWIND $ids AS id
        MATCH (other:Stub)-[:CITES]->(:Paper {id: id})
        RETURN id AS paper, false AS reference, other.id AS id, other.title AS title, other.abstract AS abstract, other.doi AS doi,
               other.arxivId AS arxivId, other.year AS year, other.authors AS authors, other.venue AS venue, other.url AS url,
               other.openAlexId AS openAlexId, other.s2Id AS s2Id, true AS stub
        """,
        Of(("ids", new[] { "doi:10.1/resnet" })));

    public static IReadOnlyList<CypherStatement> All { get; } = [Papers, Roles, Results, Entities, Cites];
}

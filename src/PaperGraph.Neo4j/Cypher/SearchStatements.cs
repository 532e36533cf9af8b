using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>Full-text search over the two Lucene indexes. <c>$query</c> is built from the user's words only
/// (see <c>LuceneQueryText</c>), so it carries no query syntax.</summary>
internal static class SearchStatements
{
    public static CypherStatement Papers { get; } = new("search.papers",
        """
        CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $limit}) YIELD node, score
        RETURN node.id AS id, node.title AS label, node.abstract AS text, score
        """,
        Of(("query", "+residual +learn*"), ("limit", 20)));

    public static CypherStatement Entities { get; } = new("search.entities",
        """
        CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
        WHERE $kinds IS NULL OR node.type IN $kinds
        RETURN node.key AS id, node.type AS kind, node.name AS label, score
        ORDER BY score DESC
        LIMIT $limit
        """,
        Of(("query", "+resnet*"), ("kinds", new[] { "Method" }), ("limit", 20)));

    public static IReadOnlyList<CypherStatement> All { get; } = [Papers, Entities];
}

using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>Full-text search over the two Lucene indexes. <c>$query</c> is built from the user's words only
/// (see <c>LuceneQueryText</c>), so it carries no query syntax.</summary>
internal static class SearchStatements
{
    /// <summary>The properties of the <c>paper_text</c> index (see <see cref="SchemaStatements"/>), title first.</summary>
    public static readonly (string Main, string Other) PaperFields = ("title", "abstract");

    /// <summary>The properties of the <c>entity_text</c> index, the canonical name first.</summary>
    public static readonly (string Main, string Other) EntityFields = ("name", "nameText");

    public static CypherStatement Papers { get; } = new("search.papers",
        """
        CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $limit}) YIELD node, score
        RETURN node.id AS id, node.title AS label, node.abstract AS text, score
        """,
        Of(("query", "+(title:residual^10 abstract:residual) +(title:learn*^10 abstract:learn*)"), ("limit", 20)));

    public static CypherStatement Entities { get; } = new("search.entities",
        """
        CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
        WHERE $kinds IS NULL OR node.type IN $kinds
        RETURN node.key AS id, node.type AS kind, node.name AS label, score
        ORDER BY score DESC
        LIMIT $limit
        """,
        Of(("query", "+(name:resnet*^10 nameText:resnet*)"), ("kinds", new[] { "Method" }), ("limit", 20)));

    public static IReadOnlyList<CypherStatement> All { get; } = [Papers, Entities];
}

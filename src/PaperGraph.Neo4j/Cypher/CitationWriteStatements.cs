using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>The citation writes of an upsert batch, after its papers: match keys (one indexed <c>:PaperKey</c> node
/// per key, as entity names have theirs), stubs of cited works (created only where no paper has the id, labelled
/// <c>:Stub</c> so they can be counted from the count store), and CITES edges.</summary>
internal static class CitationWriteStatements
{
    /// <summary>Keys stay with the paper that claimed them first.</summary>
    public static CypherStatement Keys { get; } = new("citation-writes.keys",
        """
        UNWIND $rows AS row
        UNWIND row.keys AS key
        MERGE (k:PaperKey {key: key})
          ON CREATE SET k.paperId = row.id
        """,
        Of(("rows", new[] { Row(("id", "doi:10.1/resnet"), ("keys", new[] { "doi:10.1/resnet", "openalex:W2194775991" })) })));

    public static CypherStatement Stubs { get; } = new("citation-writes.stubs",
        """
        UNWIND $rows AS row
        MERGE (p:Paper {id: row.id})
          ON CREATE SET p:Stub, p.title = row.title, p.abstract = '', p.doi = row.doi, p.arxivId = row.arxivId, p.year = row.year,
                        p.openAlexId = row.openAlexId, p.s2Id = row.s2Id, p.entityCount = 0
        """,
        Of(("rows", new[] { Row(("id", "openalex:W2112796928"), ("title", "Gradient-Based Learning Applied to Document Recognition"),
            ("doi", null), ("arxivId", null), ("year", 1998), ("openAlexId", "W2112796928"), ("s2Id", null)) })));

    /// <summary>A paper whose record lists its references loses the ones it had.</summary>
    public static CypherStatement ClearReferences { get; } = new("citation-writes.clear-references",
        """
        UNWIND $ids AS id
        MATCH (:Paper {id: id})-[r:CITES]->(:Paper)
        DELETE r
        """,
        Of(("ids", new[] { "doi:10.1/resnet" })));

    public static CypherStatement Cites { get; } = new("citation-writes.cites",
        """
        UNWIND $rows AS row
        MATCH (source:Paper {id: row.source})
        MATCH (target:Paper {id: row.target})
        WITH source, target
        WHERE source <> target
        MERGE (source)-[:CITES]->(target)
        """,
        Of(("rows", new[] { Row(("source", "doi:10.1/resnet"), ("target", "openalex:W2112796928")) })));

    public static IReadOnlyList<CypherStatement> All { get; } = [Keys, Stubs, ClearReferences, Cites];
}

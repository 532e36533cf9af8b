using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>Merging the node of one paper (<c>$gone</c>) into another node of the same paper (<c>$keep</c>), run in
/// this order in one transaction; the candidates are read with <see cref="PaperWriteStatements.Existing"/>.</summary>
internal static class PaperMergeStatements
{
    private static readonly IReadOnlyDictionary<string, object?> Pair = Of(("keep", "doi:10.1/attention"), ("gone", "openalex:w2963403868"));

    /// <summary>What the kept node lacks comes from the other; it stays a stub only if both are.</summary>
    public static CypherStatement Metadata { get; } = new("paper-merge.metadata",
        """
        MATCH (keep:Paper {id: $keep})
        MATCH (gone:Paper {id: $gone})
        SET keep.doi = coalesce(keep.doi, gone.doi), keep.arxivId = coalesce(keep.arxivId, gone.arxivId),
            keep.year = coalesce(keep.year, gone.year), keep.authors = coalesce(keep.authors, gone.authors),
            keep.venue = coalesce(keep.venue, gone.venue), keep.url = coalesce(keep.url, gone.url),
            keep.openAlexId = coalesce(keep.openAlexId, gone.openAlexId), keep.s2Id = coalesce(keep.s2Id, gone.s2Id)
        FOREACH (_ IN CASE WHEN gone:Stub THEN [] ELSE [1] END | REMOVE keep:Stub)
        """,
        Pair);

    public static CypherStatement Keys { get; } = new("paper-merge.keys",
        """
        MATCH (k:PaperKey {paperId: $gone})
        SET k.paperId = $keep
        """,
        Pair);

    public static CypherStatement References { get; } = new("paper-merge.references",
        """
        MATCH (keep:Paper {id: $keep})
        MATCH (:Paper {id: $gone})-[:CITES]->(target:Paper)
        WITH keep, target
        WHERE target <> keep
        MERGE (keep)-[:CITES]->(target)
        """,
        Pair);

    public static CypherStatement CitedBy { get; } = new("paper-merge.cited-by",
        """
        MATCH (keep:Paper {id: $keep})
        MATCH (source:Paper)-[:CITES]->(:Paper {id: $gone})
        WITH keep, source
        WHERE source <> keep
        MERGE (source)-[:CITES]->(keep)
        """,
        Pair);

    /// <summary>The other node's extraction leaves with it: its entities count one paper less.</summary>
    public static CypherStatement PaperCounts { get; } = new("paper-merge.paper-counts",
        $$"""
        MATCH (:Paper {id: $gone})-[:{{GraphNames.ExtractedTypes}}]->(e:Entity)
        WITH DISTINCT e
        SET e.paperCount = coalesce(e.paperCount, 0) - 1
        """,
        Pair);

    public static CypherStatement Remove { get; } = new("paper-merge.remove",
        """
        MATCH (gone:Paper {id: $gone})
        DETACH DELETE gone
        """,
        Pair);

    /// <summary>Each merged node runs these in order.</summary>
    public static IReadOnlyList<CypherStatement> All { get; } = [Metadata, Keys, References, CitedBy, PaperCounts, Remove];
}

using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>The writes of one upsert batch, each an <c>UNWIND $rows</c> over up to BatchSize rows, all in one
/// explicit transaction. Relationship types and labels are literals chosen by a row's fixed-vocabulary field
/// (<c>row.role</c>, <c>row.type</c>), never taken from a value.</summary>
internal static class PaperWriteStatements
{
    /// <summary>Which papers of the batch are stored already, and the entities each links to (for paper counts).</summary>
    public static CypherStatement Existing { get; } = new("paper-writes.existing",
        $$"""
        UNWIND $ids AS id
        MATCH (p:Paper {id: id})
        RETURN p.id AS id, [(p)-[:{{GraphNames.ExtractedTypes}}]->(e:Entity) | e.key] AS linked, p:Stub AS stub,
               coalesce(p.abstract, '') <> '' AS described
        """,
        Of(("ids", new[] { "doi:10.1/resnet" })));

    /// <summary>Creates entities and adds names: the first canonical name stays, later spellings become aliases
    /// (compared case-insensitively). Each folded name gets an indexed lookup node.</summary>
    public static CypherStatement Entities { get; } = new("paper-writes.entities",
        """
        UNWIND $rows AS row
        OPTIONAL MATCH (existing:Entity {key: row.key})
        WITH row, existing IS NULL AS isNew
        MERGE (e:Entity {key: row.key})
          ON CREATE SET e.type = row.type, e.name = row.name, e.names = [], e.paperCount = 0
        FOREACH (_ IN CASE WHEN row.type = 'Method' THEN [1] ELSE [] END | SET e:Method)
        FOREACH (_ IN CASE WHEN row.type = 'Dataset' THEN [1] ELSE [] END | SET e:Dataset)
        FOREACH (_ IN CASE WHEN row.type = 'Metric' THEN [1] ELSE [] END | SET e:Metric)
        FOREACH (_ IN CASE WHEN row.type = 'Task' THEN [1] ELSE [] END | SET e:Task)
        WITH e, row, isNew, [known IN coalesce(e.names, []) | toLower(known)] AS knownNames
        SET e.names = coalesce(e.names, []) + [name IN row.names WHERE NOT toLower(name) IN knownNames]
        SET e.nameText = reduce(text = '', name IN e.names | text + ' ' + name)
        FOREACH (folded IN row.folded | MERGE (n:EntityName {folded: folded}) MERGE (n)-[:NAMES]->(e))
        RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS added
        """,
        Of(("rows", new[] { Row(("key", "dataset:mscoco"), ("type", "Dataset"), ("name", "MS COCO"),
            ("names", new[] { "MS COCO", "COCO" }), ("folded", new[] { "mscoco", "coco" })) })));

    /// <summary>Links a variant to its parent unless it has a parent already or the link would close a cycle.</summary>
    public static CypherStatement Variants { get; } = new("paper-writes.variants",
        """
        UNWIND $rows AS row
        MATCH (child:Entity {key: row.child})
        MATCH (parent:Entity {key: row.parent})
        WHERE NOT EXISTS { (child)-[:VARIANT_OF]->(:Entity) }
          AND NOT EXISTS { (parent)-[:VARIANT_OF*0..64]->(child) }
        MERGE (child)-[:VARIANT_OF]->(parent)
        """,
        Of(("rows", new[] { Row(("child", "dataset:imagenet1k"), ("parent", "dataset:imagenet")) })));

    /// <summary>Removes what an earlier extraction of the papers wrote, so a re-import replaces it.</summary>
    public static CypherStatement ClearExtracted { get; } = new("paper-writes.clear-extracted",
        $$"""
        UNWIND $ids AS id
        MATCH (:Paper {id: id})-[r:{{GraphNames.ExtractedTypes}}]->(:Entity)
        DELETE r
        """,
        Of(("ids", new[] { "doi:10.1/resnet" })));

    /// <summary>Writes the metadata; what the record lacks (a null, an empty abstract) keeps what another source
    /// stored. A row with <c>keepExtraction</c> (no abstract, over a paper stored with one) keeps the extracted
    /// counts and mentions. A stub written here is filled in.</summary>
    public static CypherStatement Papers { get; } = new("paper-writes.papers",
        """
        UNWIND $rows AS row
        MERGE (p:Paper {id: row.id})
        SET p.title = row.title, p.abstract = CASE WHEN row.abstract = '' THEN coalesce(p.abstract, '') ELSE row.abstract END,
            p.doi = coalesce(row.doi, p.doi), p.arxivId = coalesce(row.arxivId, p.arxivId), p.year = coalesce(row.year, p.year),
            p.authors = coalesce(row.authors, p.authors), p.venue = coalesce(row.venue, p.venue), p.url = coalesce(row.url, p.url),
            p.openAlexId = coalesce(row.openAlexId, p.openAlexId), p.s2Id = coalesce(row.s2Id, p.s2Id)
        FOREACH (_ IN CASE WHEN row.keepExtraction THEN [] ELSE [1] END |
            SET p.entityCount = row.entityCount, p.mentionKeys = row.mentionKeys, p.mentionStarts = row.mentionStarts,
                p.mentionEnds = row.mentionEnds)
        REMOVE p:Stub
        """,
        Of(("rows", new[] { Row(("id", "doi:10.1/resnet"), ("title", "Deep Residual Learning"), ("abstract", "We present ResNet."),
            ("doi", "10.1/resnet"), ("arxivId", null), ("year", 2016), ("authors", new[] { "K. He" }), ("venue", "CVPR"), ("url", null),
            ("openAlexId", "W2194775991"), ("s2Id", null), ("keepExtraction", false),
            ("entityCount", 1), ("mentionKeys", new[] { "method:resnet" }), ("mentionStarts", new[] { 11 }), ("mentionEnds", new[] { 17 })) })));

    public static CypherStatement Roles { get; } = new("paper-writes.roles",
        """
        UNWIND $rows AS row
        MATCH (p:Paper {id: row.paper})
        MATCH (e:Entity {key: row.entity})
        FOREACH (_ IN CASE WHEN row.role = 'PROPOSES' THEN [1] ELSE [] END | MERGE (p)-[:PROPOSES]->(e))
        FOREACH (_ IN CASE WHEN row.role = 'USES' THEN [1] ELSE [] END | MERGE (p)-[:USES]->(e))
        FOREACH (_ IN CASE WHEN row.role = 'EVALUATED_ON' THEN [1] ELSE [] END | MERGE (p)-[:EVALUATED_ON]->(e))
        FOREACH (_ IN CASE WHEN row.role = 'MENTIONS' THEN [1] ELSE [] END | MERGE (p)-[:MENTIONS]->(e))
        FOREACH (_ IN CASE WHEN row.role = 'ADDRESSES' THEN [1] ELSE [] END | MERGE (p)-[:ADDRESSES]->(e))
        """,
        Of(("rows", new[] { Row(("paper", "doi:10.1/resnet"), ("entity", "method:resnet"), ("role", "PROPOSES")) })));

    /// <summary>One REPORTS relationship per result; value and score are stored as floats whatever JSON number came.</summary>
    public static CypherStatement Results { get; } = new("paper-writes.results",
        """
        UNWIND $rows AS row
        MATCH (p:Paper {id: row.paper})
        MATCH (d:Entity {key: row.dataset})
        CREATE (p)-[r:REPORTS]->(d)
        SET r = row.result, r.value = toFloat(row.result.value), r.score = toFloat(row.result.score)
        """,
        Of(("rows", new[] { Row(("paper", "doi:10.1/resnet"), ("dataset", "dataset:imagenet"), ("result", Row(
            ("metric", "top-5 error"), ("metricKey", "top5error"), ("value", 3.57), ("unit", "%"), ("lowerIsBetter", true), ("score", 3.57),
            ("qualifier", ""), ("condition", null), ("setting", ""), ("isCost", false), ("valueText", "3.57"), ("sentenceStart", 0), ("sentenceEnd", 40),
            ("spanStart", 30), ("spanEnd", 38), ("ordinal", 0)))) })));

    /// <summary>Applies the batch's change of linked papers per entity, as deltas: no entity's papers are recounted.</summary>
    public static CypherStatement PaperCounts { get; } = new("paper-writes.paper-counts",
        """
        UNWIND $rows AS row
        MATCH (e:Entity {key: row.key})
        SET e.paperCount = coalesce(e.paperCount, 0) + row.delta
        """,
        Of(("rows", new[] { Row(("key", "method:resnet"), ("delta", 1)) })));

    public static IReadOnlyList<CypherStatement> All { get; } =
        [Existing, Entities, Variants, ClearExtracted, Papers, Roles, Results, PaperCounts];
}

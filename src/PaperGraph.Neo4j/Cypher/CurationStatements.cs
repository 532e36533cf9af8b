using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>The curation log (<c>CurationEntry</c> nodes, the rule as JSON), entity versions (<c>EntityVersion</c> nodes,
/// kept apart from entities, which a rewrite deletes and creates again) and the rewrite of entities from their papers.</summary>
internal static class CurationStatements
{
    private const string EntryColumns =
        "c.id AS id, c.rule AS rule, c.curator AS curator, c.at AS at, c.note AS note, c.paperIds AS paperIds, " +
        "c.undoneBy AS undoneBy, c.undoneAt AS undoneAt";

    /// <summary>Takes the next entry id. Writing the store-state node locks it until the transaction ends, so concurrent
    /// decisions queue here and each checks versions no other transaction is changing.</summary>
    public static CypherStatement NextEntryId { get; } = new("curation.next-entry-id",
        """
        MERGE (s:StoreState {id: 'papergraph'})
        SET s.curationSequence = coalesce(s.curationSequence, 0) + 1
        RETURN s.curationSequence AS id
        """,
        Of());

    public static CypherStatement Versions { get; } = new("curation.versions",
        """
        UNWIND $keys AS key
        OPTIONAL MATCH (v:EntityVersion {key: key})
        RETURN key, coalesce(v.version, 0) AS version, v.entryId AS entryId
        """,
        Of(("keys", new[] { "dataset:imagenet1k", "dataset:imagenet" })));

    public static CypherStatement Append { get; } = new("curation.append",
        """
        CREATE (c:CurationEntry {id: $id, rule: $rule, curator: $curator, at: $at, note: $note, paperIds: $paperIds})
        """,
        Of(("id", 1), ("rule", """{"op":"merge","fromKey":"dataset:imagenet1k","intoKey":"dataset:imagenet","intoName":"ImageNet"}"""),
            ("curator", "ann"), ("at", "2026-12-02T01:00:00.0000000+00:00"), ("note", null), ("paperIds", new[] { "doi:10.1/resnet" })));

    public static CypherStatement BumpVersions { get; } = new("curation.bump-versions",
        """
        UNWIND $keys AS key
        MERGE (v:EntityVersion {key: key})
        SET v.version = coalesce(v.version, 0) + 1, v.entryId = $entryId
        """,
        Of(("keys", new[] { "dataset:imagenet1k", "dataset:imagenet" }), ("entryId", 1)));

    public static CypherStatement Entry { get; } = new("curation.entry",
        $$"""
        MATCH (c:CurationEntry {id: $id})
        RETURN {{EntryColumns}}
        """,
        Of(("id", 1)));

    public static CypherStatement MarkUndone { get; } = new("curation.mark-undone",
        """
        MATCH (c:CurationEntry {id: $id})
        WHERE c.undoneAt IS NULL
        SET c.undoneBy = $curator, c.undoneAt = $at
        """,
        Of(("id", 1), ("curator", "bob"), ("at", "2026-12-02T01:05:00.0000000+00:00")));

    public static CypherStatement Log { get; } = new("curation.log",
        $$"""
        MATCH (c:CurationEntry)
        RETURN {{EntryColumns}}
        ORDER BY c.id DESC
        SKIP $offset
        LIMIT $limit
        """,
        Of(("offset", 0), ("limit", 50)));

    public static CypherStatement LogTotal { get; } = new("curation.log-total",
        """
        MATCH (c:CurationEntry)
        RETURN count(c) AS total
        """,
        Of());

    public static CypherStatement ActiveRules { get; } = new("curation.active-rules",
        """
        MATCH (c:CurationEntry)
        WHERE c.undoneAt IS NULL
        RETURN c.rule AS rule
        ORDER BY c.id
        """,
        Of());

    /// <summary>The entity with the key and those with the folded name, each once.</summary>
    public static CypherStatement Find { get; } = new("curation.find-entities",
        """
        MATCH (e:Entity {key: $key})
        RETURN e.key AS key, e.type AS type, e.name AS name, e.paperCount AS papers
        UNION
        MATCH (:EntityName {folded: $folded})-[:NAMES]->(e:Entity)
        RETURN e.key AS key, e.type AS type, e.name AS name, e.paperCount AS papers
        """,
        Of(("key", "coco"), ("folded", "coco")));

    /// <summary>Papers linked to the entities or to their direct variants.</summary>
    public static CypherStatement LinkedPapers { get; } = new("curation.linked-papers",
        $$"""
        UNWIND $keys AS key
        MATCH (e:Entity {key: key})
        OPTIONAL MATCH (variant:Entity)-[:VARIANT_OF]->(e)
        WITH collect(DISTINCT e) + collect(DISTINCT variant) AS targets
        UNWIND targets AS target
        MATCH (p:Paper)-[:{{GraphNames.ExtractedTypes}}]->(target)
        RETURN DISTINCT p.id AS id
        ORDER BY id
        """,
        Of(("keys", new[] { "dataset:imagenet" })));

    /// <summary>What may be left without relations once the papers are rewritten: the entities, their parents and every
    /// entity the papers link to now.</summary>
    public static CypherStatement OrphanCandidates { get; } = new("curation.orphan-candidates",
        $$"""
        UNWIND $keys AS key
        MATCH (e:Entity {key: key})
        OPTIONAL MATCH (e)-[:VARIANT_OF]->(parent:Entity)
        RETURN e.key AS key, parent.key AS parent
        UNION
        UNWIND $ids AS id
        MATCH (:Paper {id: id})-[:{{GraphNames.ExtractedTypes}}]->(e:Entity)
        RETURN e.key AS key, null AS parent
        """,
        Of(("keys", new[] { "dataset:imagenet1k" }), ("ids", new[] { "doi:10.1/resnet" })));

    /// <summary>Forgets entities: their names, parent link, variants' links to them and every relation go with the node.</summary>
    public static CypherStatement Forget { get; } = new("curation.forget",
        """
        UNWIND $keys AS key
        MATCH (e:Entity {key: key})
        DETACH DELETE e
        """,
        Of(("keys", new[] { "dataset:imagenet1k" })));

    public static CypherStatement RemoveOrphans { get; } = new("curation.remove-orphans",
        $$"""
        UNWIND $keys AS key
        MATCH (e:Entity {key: key})
        WHERE NOT EXISTS { (:Paper)-[:{{GraphNames.ExtractedTypes}}]->(e) } AND NOT EXISTS { (:Entity)-[:VARIANT_OF]->(e) }
        DETACH DELETE e
        RETURN count(*) AS removed
        """,
        Of(("keys", new[] { "dataset:imagenet1k" })));

    public static CypherStatement Existing { get; } = new("curation.existing",
        """
        UNWIND $keys AS key
        MATCH (e:Entity {key: key})
        RETURN count(e) AS existing
        """,
        Of(("keys", new[] { "dataset:imagenet1k" })));

    public static IReadOnlyList<CypherStatement> All { get; } =
    [
        NextEntryId, Versions, Append, BumpVersions, Entry, MarkUndone, Log, LogTotal, ActiveRules, Find, LinkedPapers,
        OrphanCandidates, Forget, RemoveOrphans, Existing,
    ];
}

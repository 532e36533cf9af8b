namespace PaperGraph.Neo4j.Cypher;

/// <summary>Constraints and indexes, each created only when absent, so <c>InitializeAsync</c> can run on every start.</summary>
internal static class SchemaStatements
{
    private static readonly IReadOnlyDictionary<string, object?> None = Samples.Of();

    public static IReadOnlyList<CypherStatement> All { get; } =
    [
        new("schema.paper-id", "CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE", None),
        new("schema.entity-key", "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE", None),
        new("schema.entity-name-folded",
            "CREATE CONSTRAINT entity_name_folded IF NOT EXISTS FOR (n:EntityName) REQUIRE n.folded IS UNIQUE", None),
        new("schema.paper-key", "CREATE CONSTRAINT paper_key IF NOT EXISTS FOR (n:PaperKey) REQUIRE n.key IS UNIQUE", None),
        // Merging two nodes of one paper moves the keys of one: found by the paper they point at.
        new("schema.paper-key-paper", "CREATE INDEX paper_key_paper IF NOT EXISTS FOR (n:PaperKey) ON (n.paperId)", None),
        new("schema.store-state-id", "CREATE CONSTRAINT store_state_id IF NOT EXISTS FOR (n:StoreState) REQUIRE n.id IS UNIQUE", None),
        new("schema.curation-entry-id", "CREATE CONSTRAINT curation_entry_id IF NOT EXISTS FOR (n:CurationEntry) REQUIRE n.id IS UNIQUE", None),
        new("schema.entity-version-key", "CREATE CONSTRAINT entity_version_key IF NOT EXISTS FOR (n:EntityVersion) REQUIRE n.key IS UNIQUE", None),
        // Top entities and matrix rows: the most linked entities of a type, read in index order.
        new("schema.entity-type-papers", "CREATE INDEX entity_type_papers IF NOT EXISTS FOR (n:Entity) ON (n.type, n.paperCount)", None),
        new("schema.paper-text", "CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (n:Paper) ON EACH [n.title, n.abstract]", None),
        new("schema.entity-text", "CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameText]", None),
        .. SuggestionStatements.Schema,
    ];

    /// <summary>Waits until the indexes are online, so the first search after start finds what is stored.</summary>
    public static CypherStatement AwaitIndexes { get; } = new("schema.await-indexes", "CALL db.awaitIndexes(300)", None);
}

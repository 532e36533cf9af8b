using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>Entity lookups: by key, by any folded name, entity pages and the most linked entities.</summary>
internal static class EntityStatements
{
    public static CypherStatement ByKey { get; } = new("entities.by-key",
        """
        MATCH (e:Entity {key: $key})
        RETURN e.key AS key, e.type AS type, e.name AS name
        """,
        Of(("key", "dataset:imagenet")));

    /// <summary>Datasets first when no type is given, then the entity whose canonical name folds to the name, then
    /// the most linked.</summary>
    public static CypherStatement ByName { get; } = new("entities.by-name",
        """
        MATCH (:EntityName {folded: $folded})-[:NAMES]->(e:Entity)
        WHERE $type IS NULL OR e.type = $type
        RETURN e.key AS key, e.type AS type, e.name AS name
        ORDER BY e.type = 'Dataset' DESC, e.key = toLower(e.type) + ':' + $folded DESC, e.paperCount DESC, e.key
        LIMIT 1
        """,
        Of(("folded", "coco"), ("type", null)));

    public static CypherStatement Page { get; } = new("entities.page",
        """
        MATCH (e:Entity {key: $key})
        OPTIONAL MATCH (e)-[:VARIANT_OF]->(parent:Entity)
        RETURN e.key AS key, e.type AS type, e.name AS name, e.names AS names,
               parent.key AS parentKey, parent.type AS parentType, parent.name AS parentName
        """,
        Of(("key", "dataset:imagenet")));

    /// <summary>The entity and its variants, recursively, nearest first.</summary>
    public static CypherStatement Family { get; } = new("entities.family",
        """
        MATCH path = (member:Entity)-[:VARIANT_OF*0..64]->(:Entity {key: $key})
        WITH member, min(length(path)) AS depth
        RETURN member.key AS key, member.type AS type, member.name AS name, depth
        ORDER BY depth, name
        """,
        Of(("key", "dataset:imagenet")));

    /// <summary>The newest papers linked to a family, with every way each is linked.</summary>
    public static CypherStatement Papers { get; } = new("entities.papers",
        $$"""
        MATCH (p:Paper)-[:{{GraphNames.ExtractedTypes}}]->(e:Entity)
        WHERE e.key IN $family
        WITH DISTINCT p
        ORDER BY p.year IS NULL, p.year DESC, p.title
        LIMIT $limit
        MATCH (p)-[r:{{GraphNames.ExtractedTypes}}]->(e:Entity)
        WHERE e.key IN $family
        RETURN DISTINCT p.id AS id, p.title AS title, p.year AS year, type(r) AS role
        """,
        Of(("family", new[] { "dataset:imagenet", "dataset:imagenet1k" }), ("limit", 200)));

    public static CypherStatement PaperTotal { get; } = new("entities.paper-total",
        $$"""
        MATCH (p:Paper)-[:{{GraphNames.ExtractedTypes}}]->(e:Entity)
        WHERE e.key IN $family
        RETURN count(DISTINCT p) AS total
        """,
        Of(("family", new[] { "dataset:imagenet", "dataset:imagenet1k" })));

    public static CypherStatement CoOccurring { get; } = new("entities.co-occurring",
        $$"""
        MATCH (e:Entity {key: $key})<-[:{{GraphNames.RoleTypes}}]-(p:Paper)-[:{{GraphNames.RoleTypes}}]->(other:Entity)
        WHERE other <> e
        WITH other, count(DISTINCT p) AS papers
        RETURN other.key AS key, other.type AS type, other.name AS name, papers
        ORDER BY papers DESC, name
        LIMIT $limit
        """,
        Of(("key", "method:resnet"), ("limit", 20)));

    /// <summary>Reads the paper counts the writes keep on each entity, in index order.</summary>
    public static CypherStatement Top { get; } = new("entities.top",
        """
        MATCH (e:Entity)
        WHERE e.type = $type AND e.paperCount > 0
        RETURN e.key AS key, e.type AS type, e.name AS name, e.paperCount AS papers
        ORDER BY e.paperCount DESC, e.name
        LIMIT $limit
        """,
        Of(("type", "Method"), ("limit", 10)));

    public static IReadOnlyList<CypherStatement> All { get; } = [ByKey, ByName, Page, Family, Papers, PaperTotal, CoOccurring, Top];
}

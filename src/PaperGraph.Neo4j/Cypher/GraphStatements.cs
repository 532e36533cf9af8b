using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>The explorer's reads: nodes by id, best connected neighbours, edges among a set and shortest paths.
/// Node ids are paper ids or entity keys, whose prefixes never collide ("doi:", "title:" against "method:").</summary>
internal static class GraphStatements
{
    /// <summary>How far a shortest path is searched. Variable-length bounds cannot be parameters, so the search
    /// runs to this fixed bound and a longer-than-asked path counts as none (it is the shortest there is).</summary>
    public const int MaxPathHops = 16;

    private static readonly string[] SampleIds = ["doi:10.1/resnet", "method:resnet", "dataset:imagenet"];

    /// <summary>The given nodes that exist, with kind, label and degree (relations in the whole graph).</summary>
    public static CypherStatement Nodes { get; } = new("graph.nodes",
        """
        UNWIND $ids AS nodeId
        OPTIONAL MATCH (p:Paper {id: nodeId})
        OPTIONAL MATCH (e:Entity {key: nodeId})
        WITH nodeId, p, e
        WHERE p IS NOT NULL OR e IS NOT NULL
        RETURN nodeId AS id,
               CASE WHEN p IS NOT NULL THEN 'Paper' ELSE e.type END AS kind,
               CASE WHEN p IS NOT NULL THEN p.title ELSE e.name END AS label,
               CASE WHEN p IS NOT NULL THEN p.entityCount + COUNT { (p)-[:BUILDS_ON|CITES]-(:Paper) }
                    ELSE e.paperCount + COUNT { (e)-[:VARIANT_OF]-(:Entity) } END AS degree
        """,
        Of(("ids", SampleIds)));

    /// <summary>Neighbours weighted by how connected they are: papers by their entities, entities by their papers.</summary>
    public static CypherStatement Neighbours { get; } = new("graph.neighbours",
        $$"""
        UNWIND $ids AS nodeId
        OPTIONAL MATCH (p:Paper {id: nodeId})
        OPTIONAL MATCH (e:Entity {key: nodeId})
        WITH coalesce(p, e) AS seed
        WHERE seed IS NOT NULL
        MATCH (seed)-[:{{GraphNames.GraphTypes}}]-(neighbour)
        WITH DISTINCT neighbour
        RETURN coalesce(neighbour.id, neighbour.key) AS id, coalesce(neighbour.paperCount, neighbour.entityCount, 0) AS weight
        ORDER BY weight DESC, neighbour:Paper, id
        LIMIT $limit
        """,
        Of(("ids", SampleIds), ("limit", 200)));

    public static CypherStatement EdgesAmong { get; } = new("graph.edges-among",
        $$"""
        CALL {
          MATCH (p:Paper)-[r:{{GraphNames.ExtractedTypes}}]->(e:Entity)
          WHERE p.id IN $ids AND e.key IN $ids
          RETURN p.id AS source, e.key AS target, type(r) AS type, r.metric AS metric, r.value AS value, r.unit AS unit
          UNION ALL
          MATCH (p:Paper)-[r:BUILDS_ON|CITES]->(q:Paper)
          WHERE p.id IN $ids AND q.id IN $ids
          RETURN p.id AS source, q.id AS target, type(r) AS type, null AS metric, null AS value, null AS unit
          UNION ALL
          MATCH (child:Entity)-[r:VARIANT_OF]->(parent:Entity)
          WHERE child.key IN $ids AND parent.key IN $ids
          RETURN child.key AS source, parent.key AS target, type(r) AS type, null AS metric, null AS value, null AS unit
        }
        RETURN source, target, type, metric, value, unit
        """,
        Of(("ids", SampleIds)));

    public static CypherStatement ShortestPath { get; } = new("graph.shortest-path",
        $$"""
        OPTIONAL MATCH (fromPaper:Paper {id: $from})
        OPTIONAL MATCH (fromEntity:Entity {key: $from})
        OPTIONAL MATCH (toPaper:Paper {id: $to})
        OPTIONAL MATCH (toEntity:Entity {key: $to})
        WITH coalesce(fromPaper, fromEntity) AS a, coalesce(toPaper, toEntity) AS b
        WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
        MATCH path = shortestPath((a)-[:{{GraphNames.GraphTypes}}*..{{MaxPathHops}}]-(b))
        RETURN [n IN nodes(path) | coalesce(n.id, n.key)] AS ids
        """,
        Of(("from", "doi:10.1/resnet"), ("to", "dataset:imagenet")));

    public static IReadOnlyList<CypherStatement> All { get; } = [Nodes, Neighbours, EdgesAmong, ShortestPath];
}

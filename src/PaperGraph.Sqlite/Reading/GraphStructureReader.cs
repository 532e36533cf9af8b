using System.Globalization;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>The graph as nodes and adjacencies, for the explorer's neighbourhood and path queries. Edges
/// are paper-entity roles, REPORTS (paper to dataset), paper links (BUILDS_ON, CITES) and VARIANT_OF.</summary>
internal static class GraphStructureReader
{
    private const string AdjacencyQuery =
        """
        SELECT 1 AS from_paper, pe.paper_pk AS from_pk, 0 AS to_paper, pe.entity_pk AS to_pk, e.paper_count AS weight
        FROM paper_entities pe JOIN entities e ON e.pk = pe.entity_pk
        WHERE pe.paper_pk IN (SELECT value FROM json_each($papers))
        UNION SELECT 1, r.paper_pk, 0, r.dataset_pk, e.paper_count FROM results r JOIN entities e ON e.pk = r.dataset_pk
        WHERE r.paper_pk IN (SELECT value FROM json_each($papers))
        UNION SELECT 0, pe.entity_pk, 1, pe.paper_pk, pe.paper_weight FROM paper_entities pe
        WHERE pe.entity_pk IN (SELECT value FROM json_each($entities))
        UNION SELECT 0, r.dataset_pk, 1, r.paper_pk, r.paper_weight FROM results r
        WHERE r.dataset_pk IN (SELECT value FROM json_each($entities))
        UNION SELECT 1, l.source_pk, 1, l.target_pk, p.entity_count FROM paper_links l JOIN papers p ON p.pk = l.target_pk
        WHERE l.source_pk IN (SELECT value FROM json_each($papers))
        UNION SELECT 1, l.target_pk, 1, l.source_pk, p.entity_count FROM paper_links l JOIN papers p ON p.pk = l.source_pk
        WHERE l.target_pk IN (SELECT value FROM json_each($papers))
        UNION SELECT 0, c.pk, 0, c.parent_pk, parent.paper_count FROM entities c JOIN entities parent ON parent.pk = c.parent_pk
        WHERE c.pk IN (SELECT value FROM json_each($entities))
        UNION SELECT 0, c.parent_pk, 0, c.pk, c.paper_count FROM entities c
        WHERE c.parent_pk IN (SELECT value FROM json_each($entities))
        """;

    private const string EdgesAmongQuery =
        """
        SELECT p.id, e.key, pe.role, NULL, NULL, NULL
        FROM paper_entities pe JOIN papers p ON p.pk = pe.paper_pk JOIN entities e ON e.pk = pe.entity_pk
        WHERE pe.paper_pk IN (SELECT value FROM json_each($papers)) AND pe.entity_pk IN (SELECT value FROM json_each($entities))
        UNION ALL
        SELECT p.id, e.key, 'Reports', r.metric, r.value, r.unit
        FROM results r JOIN papers p ON p.pk = r.paper_pk JOIN entities e ON e.pk = r.dataset_pk
        WHERE r.paper_pk IN (SELECT value FROM json_each($papers)) AND r.dataset_pk IN (SELECT value FROM json_each($entities))
        UNION ALL
        SELECT s.id, t.id, l.type, NULL, NULL, NULL
        FROM paper_links l JOIN papers s ON s.pk = l.source_pk JOIN papers t ON t.pk = l.target_pk
        WHERE l.source_pk IN (SELECT value FROM json_each($papers)) AND l.target_pk IN (SELECT value FROM json_each($papers))
        UNION ALL
        SELECT c.key, parent.key, 'VariantOf', NULL, NULL, NULL
        FROM entities c JOIN entities parent ON parent.pk = c.parent_pk
        WHERE c.pk IN (SELECT value FROM json_each($entities)) AND c.parent_pk IN (SELECT value FROM json_each($entities))
        """;

    public static async Task<List<NodeRef>> ResolveAsync(SqliteConnection connection, IEnumerable<string> nodeIds, CancellationToken cancellationToken) =>
        await connection.Command(
                """
                SELECT 1, pk FROM papers WHERE id IN (SELECT value FROM json_each($ids))
                UNION ALL SELECT 0, pk FROM entities WHERE key IN (SELECT value FROM json_each($ids))
                """,
                ("$ids", StoredRows.JsonSet(nodeIds)))
            .ListAsync(r => new NodeRef(r.GetBoolean(0), r.GetInt64(1)), cancellationToken);

    /// <summary>Every adjacency leaving the given nodes, ignoring edge direction.</summary>
    public static async Task<List<Adjacency>> AdjacentAsync(SqliteConnection connection, IReadOnlyCollection<NodeRef> nodes, CancellationToken cancellationToken)
    {
        var (papers, entities) = Split(nodes);
        return await connection.Command(AdjacencyQuery, ("$papers", papers), ("$entities", entities))
            .ListAsync(r => new Adjacency(new NodeRef(r.GetBoolean(0), r.GetInt64(1)), new NodeRef(r.GetBoolean(2), r.GetInt64(3)), r.GetInt64(4)),
                cancellationToken);
    }

    /// <summary>The best connected nodes adjacent to the given ones (which may be among them).</summary>
    public static async Task<List<NodeRef>> BestConnectedNeighboursAsync(
        SqliteConnection connection, IReadOnlyCollection<NodeRef> nodes, int limit, CancellationToken cancellationToken)
    {
        var (papers, entities) = Split(nodes);
        return await connection.Command(
                $"""
                SELECT to_paper, to_pk, MAX(weight) AS weight FROM ({AdjacencyQuery})
                GROUP BY to_paper, to_pk
                ORDER BY weight DESC, to_paper, to_pk
                LIMIT $limit
                """,
                ("$papers", papers), ("$entities", entities), ("$limit", limit))
            .ListAsync(r => new NodeRef(r.GetBoolean(0), r.GetInt64(1)), cancellationToken);
    }

    /// <summary>The nodes with their degree (relations in the whole graph), in the order given.</summary>
    public static async Task<List<GraphNode>> NodesAsync(SqliteConnection connection, IReadOnlyList<NodeRef> nodes, CancellationToken cancellationToken)
    {
        var (papers, entities) = Split(nodes);
        var loaded = await connection.Command(
                """
                SELECT 1, p.pk, p.id, 'Paper', p.title,
                       p.entity_count + (SELECT COUNT(*) FROM paper_links WHERE source_pk = p.pk)
                                      + (SELECT COUNT(*) FROM paper_links WHERE target_pk = p.pk)
                FROM papers p WHERE p.pk IN (SELECT value FROM json_each($papers))
                UNION ALL
                SELECT 0, e.pk, e.key, e.type, e.name,
                       e.paper_count + (SELECT COUNT(*) FROM entities c WHERE c.parent_pk = e.pk) + (e.parent_pk IS NOT NULL)
                FROM entities e WHERE e.pk IN (SELECT value FROM json_each($entities))
                """,
                ("$papers", papers), ("$entities", entities))
            .ListAsync(r => (Ref: new NodeRef(r.GetBoolean(0), r.GetInt64(1)),
                Node: new GraphNode(r.GetString(2), Enum.Parse<NodeKind>(r.GetString(3)), r.GetString(4), r.GetInt32(5))), cancellationToken);
        var byRef = loaded.ToDictionary(row => row.Ref, row => row.Node);
        return nodes.Where(byRef.ContainsKey).Select(node => byRef[node]).ToList();
    }

    /// <summary>All edges whose two ends are among the given nodes.</summary>
    public static async Task<List<GraphEdge>> EdgesAmongAsync(SqliteConnection connection, IReadOnlyCollection<NodeRef> nodes, CancellationToken cancellationToken)
    {
        var (papers, entities) = Split(nodes);
        return await connection.Command(EdgesAmongQuery, ("$papers", papers), ("$entities", entities))
            .ListAsync(r => new GraphEdge(r.GetString(0), r.GetString(1), Enum.Parse<RelationType>(r.GetString(2)), ResultLabel(r)), cancellationToken);
    }

    private static string? ResultLabel(SqliteDataReader reader) =>
        reader.IsDBNull(3)
            ? null
            : $"{reader.GetString(3)} {reader.GetDouble(4).ToString(CultureInfo.InvariantCulture)}{reader.GetString(5)}";

    private static (string Papers, string Entities) Split(IEnumerable<NodeRef> nodes)
    {
        var list = nodes as IReadOnlyCollection<NodeRef> ?? nodes.ToList();
        return (StoredRows.JsonSet(list.Where(n => n.IsPaper).Select(n => n.Pk)),
            StoredRows.JsonSet(list.Where(n => !n.IsPaper).Select(n => n.Pk)));
    }
}

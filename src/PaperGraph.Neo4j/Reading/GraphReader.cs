using System.Globalization;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>The explorer's reads: neighbourhoods, edges among a set of nodes and shortest paths. Edges are
/// paper-entity roles, REPORTS (with a label), BUILDS_ON, CITES and VARIANT_OF.</summary>
internal sealed class GraphReader(QueryApiClient client)
{
    public async Task<GraphView> NeighbourhoodAsync(IReadOnlyCollection<string> nodeIds, int limit, CancellationToken cancellationToken)
    {
        var seeds = (await NodesAsync(nodeIds.Distinct(StringComparer.Ordinal).ToList(), cancellationToken))
            .Take(Math.Max(0, limit)).Select(node => node.Id).ToList();
        if (seeds.Count == 0)
        {
            return GraphView.Empty;
        }
        var seedSet = seeds.ToHashSet(StringComparer.Ordinal);
        var neighbours = (await client.RunAsync(GraphStatements.Neighbours.With(("ids", seeds), ("limit", limit)), cancellationToken))
            .Records.Select(record => record.String("id"))
            .Where(id => !seedSet.Contains(id))
            .Take(limit - seeds.Count);
        var chosen = seeds.Concat(neighbours).ToList();
        return new GraphView(await NodesAsync(chosen, cancellationToken), await EdgesAmongAsync(chosen, cancellationToken));
    }

    public async Task<IReadOnlyList<GraphEdge>> EdgesAmongAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken)
    {
        if (nodeIds.Count == 0)
        {
            return [];
        }
        var ids = nodeIds.Distinct(StringComparer.Ordinal).ToList();
        return (await client.RunAsync(GraphStatements.EdgesAmong.With(("ids", ids)), cancellationToken)).Records
            .Select(record => new GraphEdge(record.String("source"), record.String("target"), GraphNames.RelationOf(record.String("type")),
                record.IsNull("metric")
                    ? null
                    : $"{record.String("metric")} {record.Double("value").ToString(CultureInfo.InvariantCulture)}{record.String("unit")}"))
            .ToList();
    }

    /// <summary>The shortest undirected path Neo4j finds; empty when the ends are unknown, unconnected or further
    /// apart than <paramref name="maxHops"/> (at most <see cref="GraphStatements.MaxPathHops"/>).</summary>
    public async Task<GraphView> ShortestPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> path;
        if (fromId == toId)
        {
            path = [fromId];
        }
        else
        {
            var found = (await client.RunAsync(GraphStatements.ShortestPath.With(("from", fromId), ("to", toId)), cancellationToken))
                .Records.Select(record => record.Strings("ids")).FirstOrDefault();
            if (found is null || found.Count - 1 > maxHops)
            {
                return GraphView.Empty;
            }
            path = found;
        }
        var nodes = await NodesAsync(path, cancellationToken);
        if (nodes.Count != path.Count)
        {
            return GraphView.Empty;
        }
        var steps = path.Zip(path.Skip(1), (a, b) => (a, b)).ToHashSet();
        var edges = (await EdgesAmongAsync(path, cancellationToken))
            .Where(edge => steps.Contains((edge.Source, edge.Target)) || steps.Contains((edge.Target, edge.Source)))
            .DistinctBy(edge => (edge.Source, edge.Target))
            .ToList();
        return new GraphView(nodes, edges);
    }

    /// <summary>The nodes that exist among the ids, in the order given, with their degree.</summary>
    private async Task<List<GraphNode>> NodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var found = (await client.RunAsync(GraphStatements.Nodes.With(("ids", ids)), cancellationToken)).Records
            .Select(record => new GraphNode(record.String("id"), Enum.Parse<NodeKind>(record.String("kind")), record.String("label"), record.Int("degree")))
            .DistinctBy(node => node.Id)
            .ToDictionary(node => node.Id, StringComparer.Ordinal);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }
}

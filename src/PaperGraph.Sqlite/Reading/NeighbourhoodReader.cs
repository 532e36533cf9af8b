using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Sqlite.Reading;

/// <summary>The given nodes plus their best connected direct neighbours, and the edges among them.</summary>
internal static class NeighbourhoodReader
{
    public static async Task<GraphView> ReadAsync(SqliteConnection connection, IReadOnlyCollection<string> nodeIds, int limit, CancellationToken cancellationToken)
    {
        var seeds = (await GraphStructureReader.ResolveAsync(connection, nodeIds, cancellationToken)).Distinct().Take(Math.Max(0, limit)).ToList();
        if (seeds.Count == 0)
        {
            return GraphView.Empty;
        }
        var seedSet = seeds.ToHashSet();
        var neighbours = (await GraphStructureReader.BestConnectedNeighboursAsync(connection, seeds, limit, cancellationToken))
            .Where(node => !seedSet.Contains(node))
            .Take(limit - seeds.Count);
        var chosen = seeds.Concat(neighbours).ToList();
        var nodes = await GraphStructureReader.NodesAsync(connection, chosen, cancellationToken);
        var edges = await GraphStructureReader.EdgesAmongAsync(connection, chosen, cancellationToken);
        return new GraphView(nodes, edges);
    }
}

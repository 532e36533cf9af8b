using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Sqlite.Reading;

/// <summary>The relations among nodes given by id, for an explorer joining new nodes to those it shows.</summary>
internal static class EdgesAmongReader
{
    public static async Task<IReadOnlyList<GraphEdge>> ReadAsync(SqliteConnection connection, IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken)
    {
        if (nodeIds.Count == 0)
        {
            return [];
        }
        var nodes = await GraphStructureReader.ResolveAsync(connection, nodeIds.Distinct(), cancellationToken);
        return await GraphStructureReader.EdgesAmongAsync(connection, nodes, cancellationToken);
    }
}

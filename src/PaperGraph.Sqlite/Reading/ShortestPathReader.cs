using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Sqlite.Reading;

/// <summary>A shortest undirected path by breadth-first search from both ends, expanding the smaller frontier.</summary>
internal static class ShortestPathReader
{
    public static async Task<GraphView> ReadAsync(SqliteConnection connection, string fromId, string toId, int maxHops, CancellationToken cancellationToken)
    {
        var from = (await GraphStructureReader.ResolveAsync(connection, [fromId], cancellationToken)).FirstOrDefault();
        var to = (await GraphStructureReader.ResolveAsync(connection, [toId], cancellationToken)).FirstOrDefault();
        if (from == default || to == default)
        {
            return GraphView.Empty;
        }
        var path = await FindAsync(connection, from, to, maxHops, cancellationToken);
        if (path is null)
        {
            return GraphView.Empty;
        }
        var nodes = await GraphStructureReader.NodesAsync(connection, path, cancellationToken);
        var steps = nodes.Zip(nodes.Skip(1), (a, b) => (a.Id, b.Id)).ToHashSet();
        var edges = (await GraphStructureReader.EdgesAmongAsync(connection, path, cancellationToken))
            .Where(edge => steps.Contains((edge.Source, edge.Target)) || steps.Contains((edge.Target, edge.Source)))
            .DistinctBy(edge => (edge.Source, edge.Target))
            .ToList();
        return new GraphView(nodes, edges);
    }

    private static async Task<List<NodeRef>?> FindAsync(SqliteConnection connection, NodeRef from, NodeRef to, int maxHops, CancellationToken cancellationToken)
    {
        if (from == to)
        {
            return [from];
        }
        var forward = new Side(from);
        var backward = new Side(to);
        for (var hops = 0; hops < maxHops; hops++)
        {
            var (expanding, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            var adjacencies = await GraphStructureReader.AdjacentAsync(connection, expanding.Frontier, cancellationToken);
            var meeting = expanding.Expand(adjacencies, other);
            if (meeting is { } node)
            {
                var head = forward.PathTo(node);
                head.Reverse();
                return head.Concat(backward.PathTo(node).Skip(1)).ToList();
            }
            if (expanding.Frontier.Count == 0)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>One search direction: who reached each node first, and at what depth.</summary>
    private sealed class Side
    {
        private readonly Dictionary<NodeRef, (NodeRef? Previous, int Depth)> _reached;

        public Side(NodeRef start)
        {
            _reached = new() { [start] = (null, 0) };
            Frontier = [start];
        }

        public List<NodeRef> Frontier { get; private set; }

        /// <summary>Advances one level; returns the node joining both sides on the shortest path, if any.</summary>
        public NodeRef? Expand(IEnumerable<Adjacency> adjacencies, Side other)
        {
            var next = new List<NodeRef>();
            NodeRef? meeting = null;
            var meetingDepth = int.MaxValue;
            foreach (var (previous, node, _) in adjacencies)
            {
                if (_reached.ContainsKey(node))
                {
                    continue;
                }
                _reached[node] = (previous, _reached[previous].Depth + 1);
                next.Add(node);
                if (other._reached.TryGetValue(node, out var there) && there.Depth < meetingDepth)
                {
                    meeting = node;
                    meetingDepth = there.Depth;
                }
            }
            Frontier = next;
            return meeting;
        }

        /// <summary>The path from the node back to this side's start.</summary>
        public List<NodeRef> PathTo(NodeRef node)
        {
            var path = new List<NodeRef>();
            for (NodeRef? current = node; current is { } step; current = _reached[step].Previous)
            {
                path.Add(step);
            }
            return path;
        }
    }
}

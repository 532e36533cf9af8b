using System.Buffers;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Web.Services;

/// <summary>Page addresses of graph nodes. Paper ids may hold slashes (DOIs), so each segment is escaped
/// on its own and the page route is a catch-all.</summary>
public static class NodeLinks
{
    /// <summary>What <see cref="Uri.EscapeDataString(string)"/> leaves as it is, and the colon.</summary>
    private static readonly SearchValues<char> SafeInSegment =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:");

    public static string Paper(string paperId) =>
        "/papers/" + string.Join('/', paperId.Split('/').Select(EscapeSegment));

    public static string Entity(string entityKey) => "/entities/" + EscapeSegment(entityKey);

    public static string Entity(EntityRef entity) => Entity(entity.Key);

    public static string Node(string nodeId, NodeKind kind) => kind == NodeKind.Paper ? Paper(nodeId) : Entity(nodeId);

    /// <summary>The graph explorer centred on a node.</summary>
    public static string Graph(string nodeId) => "/graph?focus=" + Uri.EscapeDataString(nodeId);

    public static string Search(string text, IReadOnlyCollection<NodeKind>? kinds = null)
    {
        var query = "/search?q=" + Uri.EscapeDataString(text);
        return kinds is { Count: > 0 } ? query + "&kinds=" + NodeKindFilter.Format(kinds) : query;
    }

    // A colon is legal in a path segment and keeps ids such as "doi:10.1/x" readable in the address bar. Most ids
    // need no escaping, and pages link hundreds of them, so those are returned as they are.
    private static string EscapeSegment(string segment) => segment.AsSpan().ContainsAnyExcept(SafeInSegment)
        ? Uri.EscapeDataString(segment).Replace("%3A", ":", StringComparison.Ordinal)
        : segment;
}

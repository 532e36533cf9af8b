using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>Full-text search over paper titles, abstracts and entity names. <paramref name="Text"/> is
/// what a user typed: stores treat it as words, never as query syntax. An empty <paramref name="Kinds"/>
/// means all kinds. <paramref name="Prefix"/> matches the last word as a prefix (as-you-type).</summary>
public sealed record SearchQuery(string Text, IReadOnlySet<NodeKind>? Kinds = null, int Limit = 20, bool Prefix = true)
{
    /// <summary>Names this query among the answers a store keeps while its data is unchanged (kinds in a fixed order).</summary>
    public string CacheKey => $"{Text}\n{string.Join(',', (Kinds ?? new HashSet<NodeKind>()).Order())}\n{Limit}\n{Prefix}";
}

/// <summary>A search result: a node id (paper id or entity key), its kind and label.</summary>
public sealed record SearchHit(string NodeId, NodeKind Kind, string Label, string? Snippet, double Score);

using PaperGraph.Core.Suggestions;

namespace PaperGraph.Core.Queries;

/// <summary>Joins pairs that share an end into clusters (connected components), as OpenRefine's cluster dialog
/// shows a set of names rather than a list of pairs.</summary>
internal static class PairClusters
{
    public static List<List<Suggestion>> Group(IReadOnlyList<Suggestion> pairs)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            Union(parent, pair.SourceId, pair.TargetId);
        }
        return pairs.GroupBy(pair => Root(parent, pair.SourceId), StringComparer.Ordinal)
            .Select(group => group.ToList())
            .ToList();
    }

    private static void Union(Dictionary<string, string> parent, string a, string b)
    {
        var rootA = Root(parent, a);
        var rootB = Root(parent, b);
        if (rootA != rootB)
        {
            parent[rootA] = rootB;
        }
    }

    private static string Root(Dictionary<string, string> parent, string id)
    {
        while (parent.TryGetValue(id, out var next) && next != id)
        {
            id = next;
        }
        parent.TryAdd(id, id);
        return id;
    }
}

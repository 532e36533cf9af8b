using PaperGraph.Core.Model;

namespace PaperGraph.Web.Services;

/// <summary>The kinds filter of a search as it appears in addresses: <c>kinds=Dataset,Method</c>.</summary>
public static class NodeKindFilter
{
    /// <summary>Parses a comma-separated list; null when a name is not a node kind.</summary>
    public static IReadOnlySet<NodeKind>? Parse(string? text)
    {
        var kinds = new HashSet<NodeKind>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<NodeKind>(part, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                return null;
            }
            kinds.Add(kind);
        }
        return kinds;
    }

    public static string Format(IEnumerable<NodeKind> kinds) => string.Join(',', kinds.Order());
}

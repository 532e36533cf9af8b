using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;

namespace PaperGraph.Neo4j.Writing;

/// <summary>An entity as one batch names it: the first name seen is its canonical name if it is new, and every
/// name (compared case-insensitively) is kept with its folded form for lookups.</summary>
internal sealed class EntityRow(string key, EntityType type, string name)
{
    private readonly List<string> _names = [];
    private readonly HashSet<string> _lowerNames = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _folded = new(StringComparer.Ordinal);

    public string Key { get; } = key;

    public void AddName(string name)
    {
        var trimmed = name.Trim();
        if (_lowerNames.Add(trimmed.ToLowerInvariant()))
        {
            _names.Add(trimmed);
            _folded.Add(EntityKey.Fold(trimmed));
        }
    }

    public Dictionary<string, object?> ToParameters() => new(StringComparer.Ordinal)
    {
        ["key"] = Key,
        ["type"] = GraphNames.Of(type),
        ["name"] = name,
        ["names"] = _names,
        ["folded"] = _folded.ToList(),
    };
}

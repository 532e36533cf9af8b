using PaperGraph.Neo4j.Writing;

namespace PaperGraph.Neo4j.Export;

/// <summary>Entities gathered over every page of an export, merged as the store's entity statement merges them: the
/// first canonical name and type stay, later names are added unless known case-insensitively, every folded name is
/// kept, a paper count per entity, and the first parent of a child unless the link would close a cycle. It grows
/// with the entities, never with the papers.</summary>
internal sealed class EntityTable
{
    private readonly Dictionary<string, Entry> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parents = new(StringComparer.Ordinal);

    public void Absorb(UpsertPlan plan)
    {
        foreach (var row in plan.EntityRows)
        {
            var key = (string)row["key"]!;
            if (!_entities.TryGetValue(key, out var entry))
            {
                _entities[key] = entry = new Entry((string)row["type"]!, (string)row["name"]!);
            }
            entry.AddNames((IEnumerable<string>)row["names"]!, (IEnumerable<string>)row["folded"]!);
        }
        foreach (var row in plan.VariantRows)
        {
            var (child, parent) = ((string)row["child"]!, (string)row["parent"]!);
            if (!_parents.ContainsKey(child) && !Reaches(parent, child))
            {
                _parents[child] = parent;
            }
        }
        foreach (var key in plan.LinkedByPaper.Values.SelectMany(keys => keys))
        {
            _entities[key].PaperCount++;
        }
    }

    public IEnumerable<Dictionary<string, object?>> EntityRows => _entities.Select(pair => ParameterRow.Of(
        ("key", pair.Key), (":LABEL", new[] { "Entity", pair.Value.Type }), ("type", pair.Value.Type), ("name", pair.Value.Name),
        ("names", pair.Value.Names), ("nameText", string.Concat(pair.Value.Names.Select(name => " " + name))),
        ("paperCount", pair.Value.PaperCount)));

    public IEnumerable<Dictionary<string, object?>> EntityNameRows =>
        _entities.Values.SelectMany(entry => entry.Folded).Distinct(StringComparer.Ordinal)
            .Select(folded => ParameterRow.Of(("folded", folded), (":LABEL", "EntityName")));

    public IEnumerable<Dictionary<string, object?>> NameRows => _entities.SelectMany(pair => pair.Value.Folded.Select(folded =>
        ParameterRow.Of((":START_ID", folded), (":END_ID", pair.Key), (":TYPE", "NAMES"))));

    public IEnumerable<Dictionary<string, object?>> VariantRows => _parents.Select(link =>
        ParameterRow.Of((":START_ID", link.Key), (":END_ID", link.Value), (":TYPE", "VARIANT_OF")));

    /// <summary>Whether following parents from <paramref name="from"/> reaches <paramref name="to"/> (itself included).</summary>
    private bool Reaches(string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? key = from; key is not null && seen.Add(key); key = _parents.GetValueOrDefault(key))
        {
            if (key == to)
            {
                return true;
            }
        }
        return false;
    }

    private sealed class Entry(string type, string name)
    {
        private readonly HashSet<string> _lowerNames = new(StringComparer.Ordinal);

        public string Type { get; } = type;

        public string Name { get; } = name;

        public List<string> Names { get; } = [];

        public SortedSet<string> Folded { get; } = new(StringComparer.Ordinal);

        public int PaperCount { get; set; }

        public void AddNames(IEnumerable<string> names, IEnumerable<string> folded)
        {
            Names.AddRange(names.Where(name => _lowerNames.Add(name.ToLowerInvariant())));
            Folded.UnionWith(folded);
        }
    }
}

using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph;

/// <summary>An entity with every stored name, as a store reads it back to rebuild extractions.</summary>
/// <param name="ParentKeyedName">The keyed name of the entity it is a variant of, if any.</param>
public sealed record StoredEntityNames(string Key, EntityType Type, string Name, IReadOnlyList<string> Names, string? ParentKeyedName)
{
    /// <summary>A name the key is made from: a parent or a result's dataset is named, not keyed, in a record.</summary>
    public string KeyedName => EntityKey.KeyedName(Key, Type, Name, Names);

    public string? KeyName => EntityKey.KeyNameOf(Key, Type, Name);
}

using PaperGraph.Core.Model;

namespace PaperGraph.Neo4j.Reading;

/// <summary>An entity with every stored name and its parent, as records read back rebuild extractions from it.</summary>
internal sealed record StoredEntity(string Key, EntityType Type, string Name, IReadOnlyList<string> Names, StoredEntity? Parent)
{
    /// <summary>A name the key is made from: a parent or a result's dataset is named, not keyed, in a record.</summary>
    public string KeyedName => EntityKey.KeyedName(Key, Type, Name, Names);

    public string? KeyName => EntityKey.KeyNameOf(Key, Type, Name);
}

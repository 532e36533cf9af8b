using PaperGraph.Core.Model;

namespace PaperGraph.Neo4j.Reading;

/// <summary>An entity with every stored name and its parent, as records read back rebuild extractions from it.</summary>
internal sealed record StoredEntity(string Key, EntityType Type, string Name, IReadOnlyList<string> Names, StoredEntity? Parent)
{
    /// <summary>A name the key is made from: a parent or a result's dataset is named, not keyed, in a record.</summary>
    public string KeyedName => Names.Prepend(Name).FirstOrDefault(name => EntityKey.For(Type, name) == Key) ?? Name;

    /// <summary>The folded part of the key when the canonical name does not give it (an acronym keyed by its expansion).</summary>
    public string? KeyName => EntityKey.For(Type, Name) == Key ? null : Key[(Key.IndexOf(':') + 1)..];
}

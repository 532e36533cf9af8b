using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>An entity with every stored name, as an export rebuilds extractions from it.</summary>
internal sealed record StoredEntityNames(string Key, EntityType Type, string Name, IReadOnlyList<string> Names, long? ParentPk)
{
    /// <summary>A name the entity's key is made from: stores key a named entity (a parent, a result's dataset) by
    /// <see cref="EntityKey.For"/> of its name, so naming it so finds the same node.</summary>
    public string KeyedName => Names.Prepend(Name).FirstOrDefault(name => EntityKey.For(Type, name) == Key) ?? Name;

    /// <summary>The folded part of the key, for an entity keyed by a name other than its canonical one
    /// (an acronym keyed by its expansion); null when the canonical name gives the key.</summary>
    public string? KeyName => EntityKey.For(Type, Name) == Key ? null : Key[(Key.IndexOf(':') + 1)..];
}

using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>An entity with every stored name, as an export rebuilds extractions from it.</summary>
internal sealed record StoredEntityNames(string Key, EntityType Type, string Name, IReadOnlyList<string> Names, long? ParentPk)
{
    public string KeyedName => EntityKey.KeyedName(Key, Type, Name, Names);

    public string? KeyName => EntityKey.KeyNameOf(Key, Type, Name);
}

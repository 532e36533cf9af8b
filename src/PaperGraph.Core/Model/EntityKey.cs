namespace PaperGraph.Core.Model;

/// <summary>Identity of an entity node: its type plus its canonical name folded to lower-case
/// letters and digits, so "CIFAR-10" and "CIFAR10" are one node.</summary>
public static class EntityKey
{
    public static string For(EntityType type, string name) =>
        $"{type.ToString().ToLowerInvariant()}:{Fold(name)}";

    public static string Fold(string name) => NameFold.Fold(name);

    /// <summary>Of an entity's stored names, one its <paramref name="key"/> is made from: stores key a named entity (a
    /// parent, a result's dataset) by <see cref="For"/> of its name, so naming it so finds the same node.</summary>
    public static string KeyedName(string key, EntityType type, string name, IEnumerable<string> names) =>
        names.Prepend(name).FirstOrDefault(candidate => For(type, candidate) == key) ?? name;

    /// <summary>The folded part of <paramref name="key"/> for an entity keyed by a name other than its canonical one (an
    /// acronym keyed by its expansion); null when the canonical <paramref name="name"/> gives the key.</summary>
    public static string? KeyNameOf(string key, EntityType type, string name) =>
        For(type, name) == key ? null : key[(key.IndexOf(':') + 1)..];
}

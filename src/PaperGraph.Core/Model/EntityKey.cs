namespace PaperGraph.Core.Model;

/// <summary>Identity of an entity node: its type plus its canonical name folded to lower-case
/// letters and digits, so "CIFAR-10" and "CIFAR10" are one node.</summary>
public static class EntityKey
{
    public static string For(EntityType type, string name) =>
        $"{type.ToString().ToLowerInvariant()}:{Fold(name)}";

    public static string Fold(string name) => NameFold.Fold(name);
}

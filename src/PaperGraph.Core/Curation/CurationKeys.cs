using PaperGraph.Core.Model;

namespace PaperGraph.Core.Curation;

/// <summary>Reads entity keys ("dataset:imagenet", see <see cref="EntityKey"/>) apart.</summary>
public static class CurationKeys
{
    /// <summary>The folded name a key is made of: "imagenet" of "dataset:imagenet". A name that makes the key
    /// again when given with the key's type.</summary>
    public static string NameOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? key : key[(colon + 1)..];
    }

    /// <summary>The type a key names; null when it names none.</summary>
    public static EntityType? TypeOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Enum.TryParse<EntityType>(key[..colon], ignoreCase: true, out var type) && !int.TryParse(key[..colon], out _)
            ? type
            : null;
    }

    /// <summary>The same name keyed under another type.</summary>
    public static string WithType(string key, EntityType type) => EntityKey.For(type, NameOf(key));
}

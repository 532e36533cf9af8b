using System.Collections.Concurrent;

namespace PaperGraph.Core.Graph;

/// <summary>Keeps answers derived from much of the graph (rankings, the matrix, entity pages) while the data is
/// unchanged: each entry remembers the store version it was built at, and a store bumps its version with every
/// write. Each store reads its own version; the keeping is the same for all. Bounded: full, it starts over.</summary>
public sealed class VersionedCache<T>
{
    private const int Capacity = 128;

    private readonly ConcurrentDictionary<string, (long Version, T Value)> _entries = new(StringComparer.Ordinal);

    /// <summary>The value kept under <paramref name="key"/> at <paramref name="version"/>, else a new one from <paramref name="load"/>.</summary>
    public async Task<T> GetAsync(long version, string key, Func<Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version)
        {
            return entry.Value;
        }
        var value = await load();
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }
        _entries[key] = (version, value);
        return value;
    }
}

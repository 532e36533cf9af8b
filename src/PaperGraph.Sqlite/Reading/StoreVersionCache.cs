using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Keeps answers derived from the whole graph (rankings, the matrix, statistics) while the data is
/// unchanged: each entry remembers the store version it was built at, and every write transaction, in any
/// process, bumps that version.</summary>
internal sealed class StoreVersionCache<T>
{
    private const int Capacity = 128;

    private readonly ConcurrentDictionary<string, (long Version, T Value)> _entries = new(StringComparer.Ordinal);

    public async Task<T> GetAsync(SqliteConnection connection, string key, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        var version = await connection.Command("SELECT version FROM store_state").LongAsync(cancellationToken);
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

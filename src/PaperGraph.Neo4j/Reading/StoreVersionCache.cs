using System.Collections.Concurrent;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>Keeps answers derived from much of the graph (rankings, the matrix, entity pages) while the data is
/// unchanged: each entry remembers the store version it was built at, and every write transaction, from any
/// process, bumps the version on the <c>StoreState</c> node. Checking costs one indexed read.</summary>
internal sealed class StoreVersionCache<T>
{
    private const int Capacity = 128;

    private readonly ConcurrentDictionary<string, (long Version, T Value)> _entries = new(StringComparer.Ordinal);

    public async Task<T> GetAsync(QueryApiClient client, string key, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        var version = (await client.RunAsync(StoreStateStatements.Version.With(), cancellationToken)).Records[0].Long("version");
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

using PaperGraph.Core.Graph;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>A <see cref="VersionedCache{T}"/> at the version on the <c>StoreState</c> node, which every write
/// transaction, from any process, bumps. Checking costs one indexed read.</summary>
internal sealed class StoreVersionCache<T>
{
    private readonly VersionedCache<T> _cache = new();

    public async Task<T> GetAsync(QueryApiClient client, string key, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        var version = (await client.RunAsync(StoreStateStatements.Version.With(), cancellationToken)).Records[0].Long("version");
        return await _cache.GetAsync(version, key, load);
    }
}

using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph;

namespace PaperGraph.Sqlite.Reading;

/// <summary>A <see cref="VersionedCache{T}"/> at the version in <c>store_state</c>, which every write transaction,
/// in any process, bumps.</summary>
internal sealed class StoreVersionCache<T>
{
    private readonly VersionedCache<T> _cache = new();

    public async Task<T> GetAsync(SqliteConnection connection, string key, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        var version = await connection.Command("SELECT version FROM store_state").LongAsync(cancellationToken);
        return await _cache.GetAsync(version, key, load);
    }
}

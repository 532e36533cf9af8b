using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Keeps the rankings of recently asked dataset families while the data they came from is unchanged:
/// each entry remembers the store version (bumped by every write, in any process) it was built at.</summary>
internal sealed class FamilyRankingCache
{
    private const int Capacity = 128;

    private readonly ConcurrentDictionary<string, (long Version, FamilyRanking Ranking)> _entries = new(StringComparer.Ordinal);

    public async Task<FamilyRanking> GetAsync(SqliteConnection connection, string familySet, CancellationToken cancellationToken)
    {
        var version = await connection.Command("SELECT version FROM store_state").LongAsync(cancellationToken);
        if (_entries.TryGetValue(familySet, out var entry) && entry.Version == version)
        {
            return entry.Ranking;
        }
        var ranking = await FamilyRanking.LoadAsync(connection, familySet, cancellationToken);
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }
        _entries[familySet] = (version, ranking);
        return ranking;
    }
}

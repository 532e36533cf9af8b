using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Which stored papers hold the given match keys.</summary>
internal static class PaperKeyReader
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(
        SqliteConnection connection, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<string, string>();
        }
        var rows = await connection.Command(
                "SELECT k.key, p.id FROM paper_keys k JOIN papers p ON p.pk = k.paper_pk WHERE k.key IN (SELECT value FROM json_each($keys))",
                ("$keys", StoredRows.JsonSet(keys.Distinct())))
            .ListAsync(r => (Key: r.GetString(0), Id: r.GetString(1)), cancellationToken);
        return rows.ToDictionary(row => row.Key, row => row.Id, StringComparer.Ordinal);
    }
}

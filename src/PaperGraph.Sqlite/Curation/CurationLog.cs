using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Curation;

namespace PaperGraph.Sqlite.Curation;

/// <summary>The audit log and the entity versions (migration 0006). Writes run inside the store's write transaction,
/// so the version check, the entry and the version bumps commit together or not at all.</summary>
internal static class CurationLog
{
    private const string EntryColumns = "id, rule, curator, at, note, paper_ids, undone_by, undone_at";

    public static async Task<CurationEntry> AppendAsync(SqliteConnection connection, SqliteTransaction transaction, NewCurationEntry entry,
        IReadOnlyDictionary<string, long> seenVersions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await CheckVersionsAsync(connection, transaction, seenVersions, cancellationToken);
        var id = await connection.Command(
                "INSERT INTO curation_log (rule, curator, at, note, paper_ids) VALUES ($rule, $curator, $at, $note, $papers) RETURNING id",
                ("$rule", CurationRuleJson.Write(entry.Rule)), ("$curator", entry.Curator), ("$at", Format(now)), ("$note", entry.Note),
                ("$papers", JsonSerializer.Serialize(entry.PaperIds)))
            .In(transaction).LongAsync(cancellationToken);
        await BumpAsync(connection, transaction, entry.Rule.EntityKeys(), id, cancellationToken);
        return new CurationEntry(id, entry.Rule, entry.Curator, now, entry.Note, entry.PaperIds, null);
    }

    public static async Task<CurationEntry> MarkUndoneAsync(SqliteConnection connection, SqliteTransaction transaction, long entryId, string curator,
        IReadOnlyDictionary<string, long> seenVersions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entry = await GetAsync(connection, transaction, entryId, cancellationToken)
            ?? throw new CurationRequestException($"There is no curation entry {entryId}.");
        if (entry.Undone is { } undone)
        {
            throw new CurationRequestException($"Entry {entryId} was undone already, by {undone.Curator} at {undone.At:u}.");
        }
        await CheckVersionsAsync(connection, transaction, seenVersions, cancellationToken);
        await connection.Command("UPDATE curation_log SET undone_by = $curator, undone_at = $at WHERE id = $id",
                ("$curator", curator), ("$at", Format(now)), ("$id", entryId))
            .In(transaction).ExecuteAsync(cancellationToken);
        await BumpAsync(connection, transaction, entry.Rule.EntityKeys(), entryId, cancellationToken);
        return entry with { Undone = new CurationUndo(curator, now) };
    }

    public static Task<CurationEntry?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, long entryId, CancellationToken cancellationToken)
    {
        var command = connection.Command($"SELECT {EntryColumns} FROM curation_log WHERE id = $id", ("$id", entryId));
        return (transaction is null ? command : command.In(transaction)).SingleOrDefaultAsync(ReadEntry, cancellationToken);
    }

    public static async Task<CurationLogPage> ReadAsync(SqliteConnection connection, int offset, int limit, CancellationToken cancellationToken)
    {
        var entries = await connection.Command($"SELECT {EntryColumns} FROM curation_log ORDER BY id DESC LIMIT $limit OFFSET $offset",
                ("$limit", Math.Max(0, limit)), ("$offset", Math.Max(0, offset)))
            .ListAsync(ReadEntry, cancellationToken);
        var total = await connection.Command("SELECT count(*) FROM curation_log").LongAsync(cancellationToken);
        return new CurationLogPage(entries, (int)total);
    }

    public static async Task<IReadOnlyList<CurationRule>> ActiveRulesAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await connection.Command("SELECT rule FROM curation_log WHERE undone_at IS NULL ORDER BY id")
            .ListAsync(r => CurationRuleJson.Read(r.GetString(0)), cancellationToken);

    public static async Task<IReadOnlyDictionary<string, long>> VersionsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.Distinct(StringComparer.Ordinal).ToList();
        var command = connection.Command("SELECT key, version FROM entity_versions WHERE key IN (SELECT value FROM json_each($keys))",
            ("$keys", JsonSerializer.Serialize(wanted)));
        var stored = (await (transaction is null ? command : command.In(transaction)).ListAsync(r => (r.GetString(0), r.GetInt64(1)), cancellationToken))
            .ToDictionary(row => row.Item1, row => row.Item2, StringComparer.Ordinal);
        return wanted.ToDictionary(key => key, key => stored.GetValueOrDefault(key), StringComparer.Ordinal);
    }

    private static async Task CheckVersionsAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyDictionary<string, long> seen, CancellationToken cancellationToken)
    {
        if (seen.Count == 0)
        {
            return;
        }
        var current = await VersionsAsync(connection, transaction, seen.Keys, cancellationToken);
        if (seen.All(pair => current[pair.Key] == pair.Value))
        {
            return;
        }
        var latestId = await connection.Command(
                "SELECT max(entry_id) FROM entity_versions WHERE key IN (SELECT value FROM json_each($keys))",
                ("$keys", JsonSerializer.Serialize(seen.Keys)))
            .In(transaction).SingleOrDefaultAsync(r => r.IsDBNull(0) ? (long?)null : r.GetInt64(0), cancellationToken);
        var latest = latestId is { } id ? await GetAsync(connection, transaction, id, cancellationToken) : null;
        throw new CurationConflictException(current, latest);
    }

    private static Task BumpAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> keys, long entryId,
        CancellationToken cancellationToken) =>
        connection.Command(
                """
                INSERT INTO entity_versions (key, version, entry_id) SELECT DISTINCT value, 1, $entry FROM json_each($keys) WHERE true
                ON CONFLICT (key) DO UPDATE SET version = version + 1, entry_id = excluded.entry_id
                """,
                ("$keys", JsonSerializer.Serialize(keys)), ("$entry", entryId))
            .In(transaction).ExecuteAsync(cancellationToken);

    private static CurationEntry ReadEntry(SqliteDataReader reader)
    {
        var undoneBy = reader.GetNullableString(6);
        var undoneAt = reader.GetNullableString(7);
        return new CurationEntry(
            reader.GetInt64(0),
            CurationRuleJson.Read(reader.GetString(1)),
            reader.GetString(2),
            Parse(reader.GetString(3)),
            reader.GetNullableString(4),
            JsonSerializer.Deserialize<List<string>>(reader.GetString(5)) ?? [],
            undoneBy is not null && undoneAt is not null ? new CurationUndo(undoneBy, Parse(undoneAt)) : null);
    }

    private static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string time) => DateTimeOffset.Parse(time, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}

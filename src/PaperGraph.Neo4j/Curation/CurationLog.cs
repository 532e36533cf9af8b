using PaperGraph.Core.Curation;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Curation;

/// <summary>The audit log and entity versions on the server. A decision or undo runs in the explicit transaction that also
/// writes its rewrite: it first takes the next entry id (which queues concurrent decisions), then checks the versions the
/// curator saw, then writes.</summary>
internal sealed class CurationLog(QueryApiClient client)
{
    /// <summary>Appends within <paramref name="transaction"/>, which the caller commits with the decision's rewrite.</summary>
    public static async Task<CurationEntry> AppendAsync(QueryApiTransaction transaction, NewCurationEntry entry, IReadOnlyDictionary<string, long> seen,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = (await transaction.RunAsync(CurationStatements.NextEntryId.With(), cancellationToken)).Records.Single().Long("id");
        await CheckVersionsAsync(transaction, seen, cancellationToken);
        await transaction.RunAsync(CurationStatements.Append.With(("id", id), ("rule", CurationRuleJson.Write(entry.Rule)),
            ("curator", entry.Curator), ("at", CurationTimestamp.Format(now)), ("note", entry.Note), ("paperIds", entry.PaperIds)), cancellationToken);
        await BumpAsync(transaction, entry.Rule, id, cancellationToken);
        return new CurationEntry(id, entry.Rule, entry.Curator, now, entry.Note, entry.PaperIds, null);
    }

    /// <summary>Marks undone within <paramref name="transaction"/>, which the caller commits with the undo's rewrite.</summary>
    public static async Task<CurationEntry> MarkUndoneAsync(QueryApiTransaction transaction, long entryId, string curator,
        IReadOnlyDictionary<string, long> seen, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await transaction.RunAsync(CurationStatements.NextEntryId.With(), cancellationToken);
        var entry = await GetAsync(transaction.RunAsync, entryId, cancellationToken)
            ?? throw new CurationRequestException($"There is no curation entry {entryId}.");
        if (entry.Undone is { } undone)
        {
            throw new CurationRequestException($"Entry {entryId} was undone already, by {undone.Curator} at {undone.At:u}.");
        }
        await CheckVersionsAsync(transaction, seen, cancellationToken);
        await transaction.RunAsync(CurationStatements.MarkUndone.With(("id", entryId), ("curator", curator), ("at", CurationTimestamp.Format(now))), cancellationToken);
        await BumpAsync(transaction, entry.Rule, entryId, cancellationToken);
        return entry with { Undone = new CurationUndo(curator, now) };
    }

    public Task<CurationEntry?> GetAsync(long entryId, CancellationToken cancellationToken) => GetAsync(client.RunAsync, entryId, cancellationToken);

    public async Task<CurationLogPage> ReadAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        var entries = (await client.RunAsync(CurationStatements.Log.With(("offset", Math.Max(0, offset)), ("limit", Math.Max(0, limit))), cancellationToken))
            .Records.Select(ReadEntry).ToList();
        var total = (await client.RunAsync(CurationStatements.LogTotal.With(), cancellationToken)).Records.Single().Int("total");
        return new CurationLogPage(entries, total);
    }

    public async Task<IReadOnlyList<CurationRule>> ActiveRulesAsync(CancellationToken cancellationToken) =>
        (await client.RunAsync(CurationStatements.ActiveRules.With(), cancellationToken)).Records
            .Select(record => CurationRuleJson.Read(record.String("rule"))).ToList();

    public async Task<IReadOnlyDictionary<string, long>> VersionsAsync(IEnumerable<string> keys, CancellationToken cancellationToken) =>
        ToVersions(await ReadVersionsAsync(client.RunAsync, keys, cancellationToken));

    private static async Task CheckVersionsAsync(QueryApiTransaction transaction, IReadOnlyDictionary<string, long> seen, CancellationToken cancellationToken)
    {
        if (seen.Count == 0)
        {
            return;
        }
        var rows = await ReadVersionsAsync(transaction.RunAsync, seen.Keys, cancellationToken);
        var current = ToVersions(rows);
        if (seen.All(pair => current[pair.Key] == pair.Value))
        {
            return;
        }
        var latestId = rows.Where(row => row.EntryId is not null).Select(row => row.EntryId).Max();
        var latest = latestId is { } id ? await GetAsync(transaction.RunAsync, id, cancellationToken) : null;
        throw new CurationConflictException(current, latest);
    }

    private static Task BumpAsync(QueryApiTransaction transaction, CurationRule rule, long entryId, CancellationToken cancellationToken) =>
        transaction.RunAsync(CurationStatements.BumpVersions.With(("keys", rule.EntityKeys().Distinct(StringComparer.Ordinal).ToList()), ("entryId", entryId)),
            cancellationToken);

    private static async Task<List<(string Key, long Version, long? EntryId)>> ReadVersionsAsync(
        Func<CypherRequest, CancellationToken, Task<QueryResponse>> run, IEnumerable<string> keys, CancellationToken cancellationToken) =>
        (await run(CurationStatements.Versions.With(("keys", keys.Distinct(StringComparer.Ordinal).ToList())), cancellationToken)).Records
            .Select(record => (record.String("key"), record.Long("version"), record.IsNull("entryId") ? (long?)null : record.Long("entryId")))
            .ToList();

    private static Dictionary<string, long> ToVersions(IEnumerable<(string Key, long Version, long? EntryId)> rows) =>
        rows.ToDictionary(row => row.Key, row => row.Version, StringComparer.Ordinal);

    private static async Task<CurationEntry?> GetAsync(
        Func<CypherRequest, CancellationToken, Task<QueryResponse>> run, long entryId, CancellationToken cancellationToken) =>
        (await run(CurationStatements.Entry.With(("id", entryId)), cancellationToken)).Records.Select(ReadEntry).FirstOrDefault();

    private static CurationEntry ReadEntry(QueryRecord record)
    {
        var undoneBy = record.NullableString("undoneBy");
        var undoneAt = record.NullableString("undoneAt");
        return new CurationEntry(
            record.Long("id"),
            CurationRuleJson.Read(record.String("rule")),
            record.String("curator"),
            CurationTimestamp.Parse(record.String("at")),
            record.NullableString("note"),
            record.Strings("paperIds"),
            undoneBy is not null && undoneAt is not null ? new CurationUndo(undoneBy, CurationTimestamp.Parse(undoneAt)) : null);
    }
}

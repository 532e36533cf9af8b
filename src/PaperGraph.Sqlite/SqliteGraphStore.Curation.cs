using PaperGraph.Core.Curation;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using Microsoft.Data.Sqlite;
using PaperGraph.Sqlite.Curation;

namespace PaperGraph.Sqlite;

/// <summary>The curation part of the store contract: the audit log with entity versions (migration 0006) and the
/// rewrite of entities from their papers.</summary>
public sealed partial class SqliteGraphStore : ICurationStore
{
    public Task<CurationWrite> AppendAsync(NewCurationEntry entry, IReadOnlyDictionary<string, long> seenVersions, CurationRewrite rewrite,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(seenVersions);
        ArgumentNullException.ThrowIfNull(rewrite);
        return WriteCurationAsync(rewrite, (connection, transaction) =>
            CurationLog.AppendAsync(connection, transaction, entry, seenVersions, DateTimeOffset.UtcNow, cancellationToken), cancellationToken);
    }

    public Task<CurationWrite> MarkUndoneAsync(long entryId, string curator, IReadOnlyDictionary<string, long> seenVersions,
        CurationRewrite rewrite, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(curator);
        ArgumentNullException.ThrowIfNull(seenVersions);
        ArgumentNullException.ThrowIfNull(rewrite);
        return WriteCurationAsync(rewrite, (connection, transaction) =>
            CurationLog.MarkUndoneAsync(connection, transaction, entryId, curator, seenVersions, DateTimeOffset.UtcNow, cancellationToken), cancellationToken);
    }

    public Task<CurationEntry?> GetEntryAsync(long entryId, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => CurationLog.GetAsync(connection, null, entryId, cancellationToken), cancellationToken);

    public Task<CurationLogPage> ReadLogAsync(int offset = 0, int limit = 50, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => CurationLog.ReadAsync(connection, offset, limit, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<CurationRule>> GetActiveRulesAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(connection => CurationLog.ActiveRulesAsync(connection, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<string, long>> GetEntityVersionsAsync(IReadOnlyCollection<string> entityKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityKeys);
        return ReadAsync(connection => CurationLog.VersionsAsync(connection, null, entityKeys, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<EntityRef>> FindEntitiesAsync(string nameOrKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameOrKey);
        return ReadAsync(connection => EntityRewrite.FindAsync(connection, nameOrKey, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<string>> GetLinkedPaperIdsAsync(IReadOnlyCollection<string> entityKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityKeys);
        return ReadAsync(connection => EntityRewrite.LinkedPaperIdsAsync(connection, entityKeys, cancellationToken), cancellationToken);
    }

    /// <summary>The log change and its rewrite in one transaction: a failure anywhere rolls back both.</summary>
    private Task<CurationWrite> WriteCurationAsync(
        CurationRewrite rewrite, Func<SqliteConnection, SqliteTransaction, Task<CurationEntry>> logChange, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            {
                var entry = await logChange(connection, transaction);
                if (rewrite.IsEmpty)
                {
                    return new CurationWrite(entry, 0);
                }
                // Entity primary keys change here: nothing remembered about stored entities holds any more.
                _knownEntities.Forget();
                var candidates = await EntityRewrite.ForgetAsync(connection, transaction, rewrite.EntityKeys,
                    rewrite.Papers.Select(p => p.Paper.Id).ToList(), cancellationToken);
                WriteBatch(connection, transaction, rewrite.Papers, cancellationToken);
                var removed = await EntityRewrite.RemoveOrphansAsync(connection, transaction, candidates, cancellationToken);
                return new CurationWrite(entry, removed);
            },
            cancellationToken,
            _ => _knownEntities.Forget());
}

using PaperGraph.Core.Curation;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Neo4j;

/// <summary>The curation part of the store contract: the audit log with entity versions and the rewrite of entities
/// from their papers (statements in <see cref="Cypher.CurationStatements"/>).</summary>
public sealed partial class Neo4jGraphStore : ICurationStore
{
    public async Task<CurationWrite> AppendAsync(NewCurationEntry entry, IReadOnlyDictionary<string, long> seenVersions,
        CurationRewrite rewrite, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(seenVersions);
        ArgumentNullException.ThrowIfNull(rewrite);
        await EnsureInitializedAsync(cancellationToken);
        return await _rewriter.WriteAsync((transaction, token) =>
            Curation.CurationLog.AppendAsync(transaction, entry, seenVersions, DateTimeOffset.UtcNow, token), rewrite, cancellationToken);
    }

    public async Task<CurationWrite> MarkUndoneAsync(long entryId, string curator, IReadOnlyDictionary<string, long> seenVersions,
        CurationRewrite rewrite, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(curator);
        ArgumentNullException.ThrowIfNull(seenVersions);
        ArgumentNullException.ThrowIfNull(rewrite);
        await EnsureInitializedAsync(cancellationToken);
        return await _rewriter.WriteAsync((transaction, token) =>
            Curation.CurationLog.MarkUndoneAsync(transaction, entryId, curator, seenVersions, DateTimeOffset.UtcNow, token), rewrite, cancellationToken);
    }

    public async Task<CurationEntry?> GetEntryAsync(long entryId, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await _curationLog.GetAsync(entryId, cancellationToken);
    }

    public async Task<CurationLogPage> ReadLogAsync(int offset = 0, int limit = 50, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await _curationLog.ReadAsync(offset, limit, cancellationToken);
    }

    public async Task<IReadOnlyList<CurationRule>> GetActiveRulesAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await _curationLog.ActiveRulesAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, long>> GetEntityVersionsAsync(IReadOnlyCollection<string> entityKeys,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityKeys);
        await EnsureInitializedAsync(cancellationToken);
        return await _curationLog.VersionsAsync(entityKeys, cancellationToken);
    }

    public async Task<IReadOnlyList<EntityRef>> FindEntitiesAsync(string nameOrKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameOrKey);
        await EnsureInitializedAsync(cancellationToken);
        return await _rewriter.FindAsync(nameOrKey, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> GetLinkedPaperIdsAsync(IReadOnlyCollection<string> entityKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityKeys);
        await EnsureInitializedAsync(cancellationToken);
        return await _rewriter.LinkedPaperIdsAsync(entityKeys, cancellationToken);
    }
}

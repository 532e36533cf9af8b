using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;
using PaperGraph.Sqlite.Reading;
using PaperGraph.Sqlite.Schema;
using PaperGraph.Sqlite.Writing;

namespace PaperGraph.Sqlite;

/// <summary>The embedded graph store: one SQLite file in WAL mode, so readers work while a batch is written.
/// Every operation takes its own pooled connection; writes are serialised in-process and each batch is one
/// transaction. The schema is migrated on first use (or by <see cref="InitializeAsync"/>).</summary>
public sealed partial class SqliteGraphStore : IGraphStore, IPaperRecordSource, ISuggestionStore, IDisposable
{
    private readonly SqliteConnectionFactory _connections;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private readonly ReportsOnReader _reportsOn = new();
    private readonly KnownEntities _knownEntities = new();
    private readonly StoreVersionCache<MethodDatasetMatrix> _matrices = new();
    private readonly StoreVersionCache<GraphStatistics> _statistics = new();
    private readonly StoreVersionCache<EntityDetails?> _entityPages = new();
    private readonly StoreVersionCache<ReportsOnPage?> _reportsOnPages = new();
    private readonly StoreVersionCache<IReadOnlyList<EvaluationPartner>> _partners = new();
    private readonly StoreVersionCache<IReadOnlyList<SearchHit>> _searches = new();
    private volatile bool _initialized;

    public SqliteGraphStore(SqliteGraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath);
        _connections = new SqliteConnectionFactory(options.DatabasePath, options.MaxPageCount);
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => _connections.DatabasePath;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await _initializeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _connections.OpenForWritingAsync(cancellationToken);
            await SchemaMigrator.MigrateAsync(connection, cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    public async Task<UpsertSummary> UpsertAsync(IReadOnlyList<PaperRecord> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var (summary, _) = await WriteAsync((connection, transaction) => Task.FromResult(WriteBatch(connection, transaction, batch, cancellationToken)),
            cancellationToken,
            committed => _knownEntities.Absorb(committed.LearnedEntities));
        return summary;
    }

    /// <summary>Writes papers inside a write transaction; what it learned about entities is remembered once it commits.</summary>
    private (UpsertSummary Summary, KnownEntities LearnedEntities) WriteBatch(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<PaperRecord> batch, CancellationToken cancellationToken)
    {
        using var writer = new PaperBatchWriter(connection, transaction, _knownEntities);
        foreach (var record in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Write(record);
        }
        return (writer.Complete(), writer.LearnedEntities);
    }

    public Task<IReadOnlyDictionary<string, string>> FindPapersByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return ReadAsync(connection => PaperKeyReader.ReadAsync(connection, keys, cancellationToken), cancellationToken);
    }

    public Task<string?> MergePapersAsync(IReadOnlyList<string> paperIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        return WriteAsync((connection, transaction) => PaperMerger.MergeAsync(connection, transaction, paperIds, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<PaperLink>> GetPaperLinksAsync(IReadOnlyCollection<string> paperIds,
        PaperLinkScope scope = PaperLinkScope.CitesAndBuildsOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        return ReadAsync(connection => PaperLinkReader.ReadAsync(connection, paperIds, scope, cancellationToken), cancellationToken);
    }

    public Task RefreshDerivedRelationsAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            await DerivedRelations.RefreshAsync(connection, transaction, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<PaperDetails?> GetPaperAsync(string paperId, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => PaperReader.ReadAsync(connection, paperId, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<PaperSummary>> GetPaperSummariesAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        return ReadAsync(connection => PaperReader.SummariesAsync(connection, paperIds, cancellationToken), cancellationToken);
    }

    public Task<EntityRef?> ResolveEntityAsync(string nameOrKey, EntityType? type = null, CancellationToken cancellationToken = default) =>
        ReadAsync(async connection => (await EntityReader.ResolveAsync(connection, nameOrKey, type, cancellationToken))?.Ref, cancellationToken);

    public Task<EntityDetails?> GetEntityAsync(string entityKey, int paperLimit = 200, CancellationToken cancellationToken = default) =>
        // Pages of much-used entities aggregate over thousands of papers: keep them while the data is unchanged.
        ReadAsync(connection => _entityPages.GetAsync(connection, $"{entityKey}\n{paperLimit}",
            () => EntityReader.DetailsAsync(connection, entityKey, paperLimit, cancellationToken), cancellationToken), cancellationToken);

    public Task<ReportsOnPage?> GetReportsOnAsync(ReportsOnQuery query, CancellationToken cancellationToken = default) =>
        // A dataset page reads the same first page of its family's papers for every visitor.
        ReadAsync(connection => _reportsOnPages.GetAsync(connection, query.CacheKey,
            () => _reportsOn.ReadAsync(connection, query, cancellationToken), cancellationToken), cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        // A common word ranks thousands of matches (12,086 papers for "image classification" at 100,000), and a search
        // page asks twice: prerendered, then again once its circuit starts.
        ReadAsync(connection => _searches.GetAsync(connection, query.CacheKey,
            () => SearchReader.ReadAsync(connection, query, cancellationToken), cancellationToken), cancellationToken);

    public Task<MethodDatasetMatrix> GetMatrixAsync(int maxMethods = 30, int maxDatasets = 30, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => _matrices.GetAsync(connection, $"{maxMethods}x{maxDatasets}",
            () => MatrixReader.ReadAsync(connection, maxMethods, maxDatasets, cancellationToken), cancellationToken), cancellationToken);

    public Task<IReadOnlyList<PaperSummary>> GetMatrixPapersAsync(string methodKey, string datasetKey, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => MatrixReader.PapersAsync(connection, methodKey, datasetKey, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<EvaluationPartner>> GetEvaluationPartnersAsync(string entityKey, int limit = 50, CancellationToken cancellationToken = default) =>
        // Aggregates over every paper of the entity (11,250 for ImageNet at 100,000 papers): keep it while unchanged.
        ReadAsync(connection => _partners.GetAsync(connection, $"{entityKey}\n{limit}",
            () => EvaluationPartnersReader.ReadAsync(connection, entityKey, limit, cancellationToken), cancellationToken), cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(connection => _statistics.GetAsync(connection, "",
            () => StatisticsReader.ReadAsync(connection, cancellationToken), cancellationToken), cancellationToken);

    public Task<IReadOnlyList<EntityCount>> GetTopEntitiesAsync(EntityType type, int limit = 10, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => EntityReader.TopAsync(connection, type, limit, cancellationToken), cancellationToken);

    public Task<GraphView> GetNeighbourhoodAsync(IReadOnlyCollection<string> nodeIds, int limit = 200, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => NeighbourhoodReader.ReadAsync(connection, nodeIds, limit, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAmongAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        if (nodeIds.Count > IGraphStore.MaxEdgesAmongNodes)
        {
            throw new ArgumentException($"At most {IGraphStore.MaxEdgesAmongNodes} node ids are taken at once.", nameof(nodeIds));
        }
        return ReadAsync(connection => EdgesAmongReader.ReadAsync(connection, nodeIds, cancellationToken), cancellationToken);
    }

    public Task<GraphView> GetShortestPathAsync(string fromId, string toId, int maxHops = 6, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => ShortestPathReader.ReadAsync(connection, fromId, toId, maxHops, cancellationToken), cancellationToken);

    public async IAsyncEnumerable<PaperRecord> ReadAllAsync(
        int pageSize = 1000, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await foreach (var record in PaperRecordReader.ReadAllAsync(connection, pageSize, cancellationToken))
        {
            yield return record;
        }
    }

    public Task ReplaceSuggestionsAsync(SuggestionKind kind, IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return WriteAsync(async (connection, transaction) =>
        {
            await SuggestionWriter.ReplaceAsync(connection, transaction, kind, suggestions, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<Suggestion>> GetSuggestionsForAsync(
        string nodeId, SuggestionKind kind, int limit = 20, CancellationToken cancellationToken = default) =>
        await ReadAsync(connection => SuggestionReader.ForNodeAsync(connection, nodeId, kind, limit, cancellationToken), cancellationToken);

    public Task<SuggestionPage> GetTopSuggestionsAsync(SuggestionQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(connection => SuggestionReader.TopAsync(connection, query, cancellationToken), cancellationToken);
    }

    public Task RemoveSuggestionAsync(SuggestionKind kind, string sourceId, string targetId, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            await SuggestionWriter.RemoveAsync(connection, transaction, kind, sourceId, targetId, cancellationToken);
            return true;
        }, cancellationToken);

    public void Dispose()
    {
        _writeLock.Dispose();
        _initializeLock.Dispose();
    }

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken);
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await read(connection);
    }

    /// <summary>Runs a write in one immediate transaction (taking the write lock up front avoids
    /// read-to-write upgrade deadlocks between processes) that also bumps the store version; any exception
    /// rolls it back. <paramref name="afterCommit"/> runs after the commit, still under the write lock.</summary>
    private async Task<T> WriteAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken, Action<T>? afterCommit = null)
    {
        await EnsureInitializedAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _connections.OpenForWritingAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var result = await write(connection, transaction);
            await connection.Command("UPDATE store_state SET version = version + 1").In(transaction).ExecuteAsync(cancellationToken);
            await transaction.CommitAsync(CancellationToken.None);
            afterCommit?.Invoke(result);
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }
    }
}

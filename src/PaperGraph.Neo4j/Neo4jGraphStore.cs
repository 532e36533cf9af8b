using System.Runtime.CompilerServices;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Curation;
using PaperGraph.Core.Suggestions;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;
using PaperGraph.Neo4j.Reading;
using PaperGraph.Neo4j.Writing;

namespace PaperGraph.Neo4j;

/// <summary>The graph store on a Neo4j 5.19+ server, cluster or Aura, over the HTTP Query API (no driver). Each
/// upsert batch is one explicit transaction; reads are single statements, with the heavy answers (rankings, the
/// matrix, entity pages) kept while the store version is unchanged. Every value travels as a parameter.</summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IPaperRecordSource, ISuggestionStore, IDisposable
{
    private readonly QueryApiClient _client;
    private readonly int _batchSize;
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private readonly EntityReader _entities;
    private readonly PaperReader _papers;
    private readonly PaperRecordReader _records;
    private readonly ReportsOnReader _reportsOn;
    private readonly SearchReader _search;
    private readonly MatrixReader _matrix;
    private readonly EvaluationPartnersReader _partners;
    private readonly StatisticsReader _statistics;
    private readonly GraphReader _graph;
    private readonly CurationLog _curationLog;
    private readonly EntityRewriter _rewriter;
    private readonly CitationReader _citations;
    private readonly SuggestionReader _suggestions;
    private readonly SuggestionWriter _suggestionWriter;
    private readonly StoreVersionCache<MethodDatasetMatrix> _matrices = new();
    private readonly StoreVersionCache<EntityDetails?> _entityPages = new();
    private readonly StoreVersionCache<ReportsOnPage?> _reportsOnPages = new();
    private readonly StoreVersionCache<IReadOnlyList<EvaluationPartner>> _partnerAnswers = new();
    private readonly StoreVersionCache<IReadOnlyList<SearchHit>> _searches = new();
    private volatile bool _initialized;

    /// <param name="handler">The HTTP handler to send through; a pooled handler that renews connections when null.</param>
    public Neo4jGraphStore(Neo4jStoreOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = new QueryApiClient(options, handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        _batchSize = Math.Max(1, options.BatchSize);
        _entities = new EntityReader(_client);
        _papers = new PaperReader(_client);
        _records = new PaperRecordReader(_client);
        _reportsOn = new ReportsOnReader(_client, _entities);
        _search = new SearchReader(_client);
        _matrix = new MatrixReader(_client, _entities);
        _partners = new EvaluationPartnersReader(_client, _entities);
        _statistics = new StatisticsReader(_client);
        _graph = new GraphReader(_client);
        _curationLog = new CurationLog(_client);
        _rewriter = new EntityRewriter(_client, _batchSize);
        _citations = new CitationReader(_client);
        _suggestions = new SuggestionReader(_client);
        _suggestionWriter = new SuggestionWriter(_client, _batchSize);
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await _initializeLock.WaitAsync(cancellationToken);
        try
        {
            // Schema commands cannot share a transaction with writes: each runs on its own.
            foreach (var statement in SchemaStatements.All)
            {
                await _client.RunAsync(statement.With(), cancellationToken);
            }
            await _client.RunAsync(SchemaStatements.AwaitIndexes.With(), cancellationToken);
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
        if (batch.Count == 0)
        {
            return UpsertSummary.Empty;
        }
        var plan = UpsertPlan.For(batch);
        await EnsureInitializedAsync(cancellationToken);
        return await _client.InTransactionAsync(
            (transaction, token) => new PaperBatchWriter(transaction, _batchSize).WriteAsync(plan, token), cancellationToken);
    }

    /// <summary>Rebuilds BUILDS_ON in chunked implicit transactions (a large graph has millions of links, more than one
    /// transaction should hold), then bumps the store version.</summary>
    public async Task<string?> MergePapersAsync(IReadOnlyList<string> paperIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        await EnsureInitializedAsync(cancellationToken);
        return await _client.InTransactionAsync((transaction, token) => new PaperMerger(transaction).MergeAsync(paperIds, token), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> FindPapersByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await EnsureInitializedAsync(cancellationToken);
        return await _citations.FindByKeysAsync(keys, cancellationToken);
    }

    public async Task<IReadOnlyList<PaperLink>> GetPaperLinksAsync(IReadOnlyCollection<string> paperIds,
        PaperLinkScope scope = PaperLinkScope.CitesAndBuildsOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        await EnsureInitializedAsync(cancellationToken);
        return await _citations.LinksAsync(paperIds, scope, cancellationToken);
    }

    public async Task RefreshDerivedRelationsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        await _client.RunAsync(DerivedRelationStatements.ClearBuildsOn.With(), cancellationToken);
        await _client.RunAsync(DerivedRelationStatements.DeriveBuildsOn.With(), cancellationToken);
        await _client.RunAsync(StoreStateStatements.BumpVersion.With(), cancellationToken);
    }

    public async Task<PaperDetails?> GetPaperAsync(string paperId, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await _papers.ReadAsync(paperId, cancellationToken);
    }

    public async Task<IReadOnlyList<PaperSummary>> GetPaperSummariesAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        await EnsureInitializedAsync(cancellationToken);
        return await _papers.SummariesAsync(paperIds, cancellationToken);
    }

    public async IAsyncEnumerable<PaperRecord> ReadAllAsync(int pageSize = 1000,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        await foreach (var record in _records.ReadAllAsync(pageSize, cancellationToken))
        {
            yield return record;
        }
    }

    public async Task<EntityRef?> ResolveEntityAsync(string nameOrKey, EntityType? type = null, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await _entities.ResolveAsync(nameOrKey, type, cancellationToken);
    }

    public async Task<EntityDetails?> GetEntityAsync(string entityKey, int paperLimit = 200, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        // Pages of much-used entities aggregate over thousands of papers: keep them while the data is unchanged.
        return await _entityPages.GetAsync(_client, $"{entityKey}\n{paperLimit}",
            () => _entities.DetailsAsync(entityKey, paperLimit, cancellationToken), cancellationToken);
    }

    public async Task<ReportsOnPage?> GetReportsOnAsync(ReportsOnQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await EnsureInitializedAsync(cancellationToken);
        // As in the SQLite store: a dataset page reads the same first page for every visitor.
        return await _reportsOnPages.GetAsync(_client, query.CacheKey, () => _reportsOn.ReadAsync(query, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await EnsureInitializedAsync(cancellationToken);
        return await _searches.GetAsync(_client, query.CacheKey, () => _search.ReadAsync(query, cancellationToken), cancellationToken);
    }

    public async Task<MethodDatasetMatrix> GetMatrixAsync(int maxMethods = 30, int maxDatasets = 30, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await _matrices.GetAsync(_client, $"{maxMethods}x{maxDatasets}",
            () => _matrix.ReadAsync(maxMethods, maxDatasets, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<PaperSummary>> GetMatrixPapersAsync(string methodKey, string datasetKey, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await _matrix.PapersAsync(methodKey, datasetKey, cancellationToken);
    }

    public async Task<IReadOnlyList<EvaluationPartner>> GetEvaluationPartnersAsync(string entityKey, int limit = 50, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await _partnerAnswers.GetAsync(_client, $"{entityKey}\n{limit}", () => _partners.ReadAsync(entityKey, limit, cancellationToken), cancellationToken);
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await _statistics.ReadAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<EntityCount>> GetTopEntitiesAsync(EntityType type, int limit = 10, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await _entities.TopAsync(type, limit, cancellationToken);
    }

    public async Task<GraphView> GetNeighbourhoodAsync(IReadOnlyCollection<string> nodeIds, int limit = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        await EnsureInitializedAsync(cancellationToken);
        return await _graph.NeighbourhoodAsync(nodeIds, limit, cancellationToken);
    }

    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAmongAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        if (nodeIds.Count > IGraphStore.MaxEdgesAmongNodes)
        {
            throw new ArgumentException($"At most {IGraphStore.MaxEdgesAmongNodes} node ids are taken at once.", nameof(nodeIds));
        }
        await EnsureInitializedAsync(cancellationToken);
        return await _graph.EdgesAmongAsync(nodeIds, cancellationToken);
    }

    public async Task<GraphView> GetShortestPathAsync(string fromId, string toId, int maxHops = 6, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await _graph.ShortestPathAsync(fromId, toId, maxHops, cancellationToken);
    }

    public async Task ReplaceSuggestionsAsync(SuggestionKind kind, IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        await EnsureInitializedAsync(cancellationToken);
        await _suggestionWriter.ReplaceAsync(kind, suggestions, cancellationToken);
    }

    public async Task<IReadOnlyList<Suggestion>> GetSuggestionsForAsync(
        string nodeId, SuggestionKind kind, int limit = 20, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        return await _suggestions.ForNodeAsync(nodeId, kind, limit, cancellationToken);
    }

    public async Task<SuggestionPage> GetTopSuggestionsAsync(SuggestionQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await EnsureInitializedAsync(cancellationToken);
        return await _suggestions.TopAsync(query, cancellationToken);
    }

    public async Task RemoveSuggestionAsync(SuggestionKind kind, string sourceId, string targetId, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        await _suggestionWriter.RemoveAsync(kind, sourceId, targetId, cancellationToken);
    }

    public void Dispose()
    {
        _client.Dispose();
        _initializeLock.Dispose();
    }

    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }
    }
}

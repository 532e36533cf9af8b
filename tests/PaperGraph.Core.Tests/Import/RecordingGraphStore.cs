using PaperGraph.Core.Curation;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Import;

/// <summary>Test double: records what the importer writes and holds the curation rules it applies; queries are
/// outside the importer's concern.</summary>
internal sealed class RecordingGraphStore : IGraphStore, ICurationRuleSource
{
    private readonly HashSet<string> _paperIds = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    public List<IReadOnlyList<PaperRecord>> Batches { get; } = [];

    public int Refreshes { get; private set; }

    public List<CurationRule> Rules { get; } = [];

    public Task<IReadOnlyList<CurationRule>> GetActiveRulesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CurationRule>>(Rules.ToList());

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<UpsertSummary> UpsertAsync(IReadOnlyList<PaperRecord> batch, CancellationToken cancellationToken = default)
    {
        Batches.Add(batch);
        foreach (var record in batch)
        {
            foreach (var key in record.Paper.Keys)
            {
                _keys.TryAdd(key, record.Paper.Id);
            }
        }
        var added = batch.Count(r => _paperIds.Add(r.Paper.Id));
        return Task.FromResult(new UpsertSummary(added, batch.Count - added, 0, 0));
    }

    /// <summary>The keys of the papers written so far, each with the paper that wrote it first.</summary>
    public Task<IReadOnlyDictionary<string, string>> FindPapersByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(keys.Where(_keys.ContainsKey).ToDictionary(key => key, key => _keys[key]));

    public List<IReadOnlyList<string>> Merges { get; } = [];

    public Task<string?> MergePapersAsync(IReadOnlyList<string> paperIds, CancellationToken cancellationToken = default)
    {
        Merges.Add(paperIds);
        return Task.FromResult(paperIds.FirstOrDefault());
    }

    public Task<IReadOnlyList<PaperSummary>> GetPaperSummariesAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<PaperLink>> GetPaperLinksAsync(IReadOnlyCollection<string> paperIds,
        PaperLinkScope scope = PaperLinkScope.CitesAndBuildsOn, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task RefreshDerivedRelationsAsync(CancellationToken cancellationToken = default)
    {
        Refreshes++;
        return Task.CompletedTask;
    }

    public Task<PaperDetails?> GetPaperAsync(string paperId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<EntityRef?> ResolveEntityAsync(string nameOrKey, EntityType? type = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<EntityDetails?> GetEntityAsync(string entityKey, int paperLimit = 200, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ReportsOnPage?> GetReportsOnAsync(ReportsOnQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<MethodDatasetMatrix> GetMatrixAsync(int maxMethods = 30, int maxDatasets = 30, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<PaperSummary>> GetMatrixPapersAsync(string methodKey, string datasetKey, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<EvaluationPartner>> GetEvaluationPartnersAsync(string entityKey, int limit = 50, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <summary>The importer reports the graph's relation count at its end; this store keeps no relations.</summary>
    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new GraphStatistics(_paperIds.Count, new Dictionary<EntityType, int>(), new Dictionary<RelationType, int>(), 0));

    public Task<IReadOnlyList<EntityCount>> GetTopEntitiesAsync(EntityType type, int limit = 10, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<GraphView> GetNeighbourhoodAsync(IReadOnlyCollection<string> nodeIds, int limit = 200, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAmongAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<GraphView> GetShortestPathAsync(string fromId, string toId, int maxHops = 6, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}

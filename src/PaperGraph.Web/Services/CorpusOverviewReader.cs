using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Services;

/// <summary>Reads the corpus-wide views for the home page, the matrix page and the API. They aggregate over
/// the whole graph (hundreds of milliseconds at 100,000 papers), so they are cached for a minute and
/// recomputed as soon as the seed import finishes.</summary>
public sealed class CorpusOverviewReader
{
    public const int TopCount = 10;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly IGraphStore _store;
    private readonly ExpiringCache<CorpusOverview> _overview;
    private readonly ExpiringCache<MethodDatasetMatrix> _matrix;

    public CorpusOverviewReader(IGraphStore store, ImportStatus importStatus, TimeProvider clock)
    {
        _store = store;
        _overview = new ExpiringCache<CorpusOverview>(ComputeOverviewAsync, Lifetime, clock);
        _matrix = new ExpiringCache<MethodDatasetMatrix>(ct => store.GetMatrixAsync(cancellationToken: ct), Lifetime, clock);
        importStatus.Changed += _ =>
        {
            _overview.Invalidate();
            _matrix.Invalidate();
        };
    }

    public Task<CorpusOverview> ReadAsync(CancellationToken cancellationToken = default) => _overview.GetAsync(cancellationToken);

    /// <summary>The method × dataset matrix with the store's default size.</summary>
    public Task<MethodDatasetMatrix> ReadMatrixAsync(CancellationToken cancellationToken = default) => _matrix.GetAsync(cancellationToken);

    private async Task<CorpusOverview> ComputeOverviewAsync(CancellationToken cancellationToken)
    {
        var statistics = await _store.GetStatisticsAsync(cancellationToken);
        var datasets = await _store.GetTopEntitiesAsync(EntityType.Dataset, TopCount, cancellationToken);
        var methods = await _store.GetTopEntitiesAsync(EntityType.Method, TopCount, cancellationToken);
        var tasks = await _store.GetTopEntitiesAsync(EntityType.Task, TopCount, cancellationToken);
        return new CorpusOverview(statistics, datasets, methods, tasks);
    }
}

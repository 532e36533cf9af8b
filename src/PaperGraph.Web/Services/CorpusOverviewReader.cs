using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;

namespace PaperGraph.Web.Services;

/// <summary>Reads the corpus overview for the home page and <c>/api/stats</c>.</summary>
public sealed class CorpusOverviewReader(IGraphStore store)
{
    public const int TopCount = 10;

    public async Task<CorpusOverview> ReadAsync(CancellationToken cancellationToken = default)
    {
        var statistics = await store.GetStatisticsAsync(cancellationToken);
        var datasets = await store.GetTopEntitiesAsync(EntityType.Dataset, TopCount, cancellationToken);
        var methods = await store.GetTopEntitiesAsync(EntityType.Method, TopCount, cancellationToken);
        var tasks = await store.GetTopEntitiesAsync(EntityType.Task, TopCount, cancellationToken);
        return new CorpusOverview(statistics, datasets, methods, tasks);
    }
}

using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries;

/// <summary>Reads the corpus overview for the home page and the API. Nothing is cached here: the store keeps
/// the statistics for as long as its data is unchanged, and the most used entities come from an index.</summary>
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

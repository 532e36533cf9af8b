using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries;

/// <summary>"Which papers are evaluated on this dataset, and with what numbers": the one answer that the CLI,
/// the API and the dataset page give, for any name the dataset is known by.</summary>
public sealed class ReportsOnService(IGraphStore store, EntityLookup entities)
{
    /// <summary>The page of papers; null when no dataset goes by that name.</summary>
    public async Task<ReportsOnPage?> GetAsync(ReportsOnQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await entities.ResolveAsync(query.Dataset, EntityType.Dataset, cancellationToken) is { } dataset
            ? await store.GetReportsOnAsync(query with { Dataset = dataset.Key }, cancellationToken)
            : null;
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;
using PaperGraph.Core.Graph;

namespace PaperGraph.Web.Hardening;

/// <summary>Healthy when the graph store answers a query (its statistics), on SQLite or Neo4j alike.</summary>
public sealed class GraphStoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var statistics = await store.GetStatisticsAsync(cancellationToken);
        return HealthCheckResult.Healthy($"{statistics.Papers} papers");
    }
}

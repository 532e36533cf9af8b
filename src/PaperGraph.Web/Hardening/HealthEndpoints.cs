using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PaperGraph.Web.Hardening;

/// <summary>Health endpoints as eShop's service defaults have them: <c>/alive</c> passes while the process serves
/// requests (checks tagged "live"), <c>/health</c> passes when every check does, the graph store's included.
/// Both answer in every environment, for Docker's and a reverse proxy's health checks; they show only the status.</summary>
public static class HealthEndpoints
{
    private const string LiveTag = "live";

    public static IServiceCollection AddPaperGraphHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag])
            .AddCheck<GraphStoreHealthCheck>("store", timeout: TimeSpan.FromSeconds(10));
        return services;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) });
        return app;
    }
}

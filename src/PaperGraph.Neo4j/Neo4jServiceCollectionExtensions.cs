using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Graph;

namespace PaperGraph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>Registers <see cref="Neo4jGraphStore"/> as the singleton <see cref="IGraphStore"/> and its other store contracts.</summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, Action<Neo4jStoreOptions> configure)
    {
        services.Configure(configure);
        services.AddSingleton<Neo4jGraphStore>(provider =>
            new Neo4jGraphStore(provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value));
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<Neo4jGraphStore>());
        services.AddGraphStoreContracts();
        return services;
    }
}

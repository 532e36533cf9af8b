using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Graph;
using PaperGraph.Neo4j;
using PaperGraph.Sqlite;

namespace PaperGraph.Web.Hosting;

/// <summary>Registers the graph store that <c>PaperGraph:Store</c> names. Both stores are registered and the choice is
/// made when <see cref="IGraphStore"/> is first resolved, because test hosts override the configuration after
/// <c>Program</c> has registered its services; the store not chosen is never created.</summary>
public static class GraphStoreServicesExtensions
{
    private const string MissingNeo4jAddress =
        $"{PaperGraphWebOptions.Neo4jSectionName}:Uri must be the Neo4j server's HTTP(S) address (e.g. http://localhost:7474 " +
        $"or https://xxxx.databases.neo4j.io) when {PaperGraphWebOptions.SectionName}:Store is neo4j.";

    public static IServiceCollection AddConfiguredGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSqliteGraphStore(_ => { });
        services.AddOptions<SqliteGraphStoreOptions>()
            .Configure<PaperGraphPaths>((store, paths) => store.DatabasePath = paths.DatabasePath);

        services.AddNeo4jGraphStore(_ => { });
        services.AddOptions<Neo4jStoreOptions>()
            .Bind(configuration.GetSection(PaperGraphWebOptions.Neo4jSectionName))
            .Validate<IOptions<PaperGraphWebOptions>>(
                (neo4j, web) => web.Value.Store != GraphStoreKind.Neo4j || Neo4jStoreOptions.IsServerAddress(neo4j.Uri),
                MissingNeo4jAddress)
            .ValidateOnStart();

        services.RemoveAll<IGraphStore>();
        services.AddSingleton(ChosenStore);
        return services;
    }

    private static IGraphStore ChosenStore(IServiceProvider provider)
    {
        var logger = provider.GetRequiredService<ILogger<IGraphStore>>();
        if (provider.GetRequiredService<IOptions<PaperGraphWebOptions>>().Value.Store == GraphStoreKind.Neo4j)
        {
            var neo4j = provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value;
            logger.LogInformation("Using the Neo4j database {Database} at {Server}", neo4j.Database, Neo4jStoreOptions.PrintableAddress(neo4j.Uri!));
            return provider.GetRequiredService<Neo4jGraphStore>();
        }
        logger.LogInformation("Using the SQLite database {DatabasePath}", provider.GetRequiredService<PaperGraphPaths>().DatabasePath);
        return provider.GetRequiredService<SqliteGraphStore>();
    }
}

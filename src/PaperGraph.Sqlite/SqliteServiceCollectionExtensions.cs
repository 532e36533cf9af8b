using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Graph;

namespace PaperGraph.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SqliteGraphStore"/> as the singleton <see cref="IGraphStore"/> and its other store contracts.</summary>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, Action<SqliteGraphStoreOptions> configure)
    {
        services.Configure(configure);
        services.AddSingleton<SqliteGraphStore>(provider =>
            new SqliteGraphStore(provider.GetRequiredService<IOptions<SqliteGraphStoreOptions>>().Value));
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<SqliteGraphStore>());
        services.AddGraphStoreContracts();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Graph;

namespace PaperGraph.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SqliteGraphStore"/> as the singleton <see cref="IGraphStore"/> and <see cref="IPaperRecordSource"/>.</summary>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, Action<SqliteGraphStoreOptions> configure)
    {
        services.Configure(configure);
        services.AddSingleton<SqliteGraphStore>(provider =>
            new SqliteGraphStore(provider.GetRequiredService<IOptions<SqliteGraphStoreOptions>>().Value));
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<SqliteGraphStore>());
        // Through IGraphStore, so a host that chooses its store when IGraphStore is resolved gets the same one.
        services.AddSingleton<ISuggestionStore>(provider => (ISuggestionStore)provider.GetRequiredService<IGraphStore>());
        services.AddSingleton<IPaperRecordSource>(provider => provider.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PaperGraph.Core.Graph;

public static class GraphStoreServiceCollectionExtensions
{
    /// <summary>Registers the store's other contracts (<see cref="ICurationStore"/>, <see cref="ISuggestionStore"/>,
    /// <see cref="IPaperRecordSource"/>) as the registered <see cref="IGraphStore"/> itself. Resolving them through
    /// <see cref="IGraphStore"/> means a host that chooses its store when <see cref="IGraphStore"/> is resolved gets the
    /// same one for all of them. Every store registration calls this.</summary>
    public static IServiceCollection AddGraphStoreContracts(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => As<ICurationStore>(provider));
        services.TryAddSingleton(provider => As<ISuggestionStore>(provider));
        services.TryAddSingleton(provider => As<IPaperRecordSource>(provider));
        return services;
    }

    private static T As<T>(IServiceProvider provider) where T : class =>
        provider.GetRequiredService<IGraphStore>() as T
        ?? throw new InvalidOperationException($"The registered graph store does not implement {typeof(T).Name}.");
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Curation;

public static class CurationServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CurationService"/> over the registered <see cref="IGraphStore"/>, which must also be an
    /// <see cref="ICurationStore"/> (both stores are), and that store as the <see cref="ICurationRuleSource"/> imports
    /// apply.</summary>
    public static IServiceCollection AddPaperGraphCuration(this IServiceCollection services)
    {
        services.AddPaperGraphExtraction();
        services.AddGraphStoreContracts();
        services.TryAddSingleton<ICurationRuleSource>(provider => provider.GetRequiredService<ICurationStore>());
        services.TryAddSingleton<CurationRebuilder>();
        services.TryAddSingleton<CurationService>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperGraph.Core.Extraction;

namespace PaperGraph.Ml;

public static class MlServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SuggestionEngine"/>. The host registers a store (its <see cref="Core.Graph.IPaperRecordSource"/>
    /// and <see cref="Core.Graph.ISuggestionStore"/>) and, when curation is on, an <see cref="Core.Curation.ICurationRuleSource"/>.</summary>
    public static IServiceCollection AddPaperGraphSuggestions(this IServiceCollection services, Action<SuggestionOptions>? configure = null)
    {
        services.AddPaperGraphExtraction();
        var options = services.AddOptions<SuggestionOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.TryAddTransient<SuggestionEngine>();
        return services;
    }
}

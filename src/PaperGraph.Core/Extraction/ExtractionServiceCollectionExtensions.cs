using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperGraph.Core.Extraction.Knowledge;

namespace PaperGraph.Core.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Registers the embedded knowledge base and the rule-based extractor over it as singletons.</summary>
    public static IServiceCollection AddPaperGraphExtraction(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => KnowledgeBase.LoadEmbedded());
        services.TryAddSingleton<IExtractor>(provider => new AbstractExtractor(provider.GetRequiredService<KnowledgeBase>()));
        return services;
    }
}

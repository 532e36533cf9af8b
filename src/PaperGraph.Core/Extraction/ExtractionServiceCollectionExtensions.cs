using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Registers the rule-based extractor with the embedded knowledge base, and its metric
    /// vocabulary for the query layer, as singletons.</summary>
    public static IServiceCollection AddPaperGraphExtraction(this IServiceCollection services)
    {
        services.TryAddSingleton<IExtractor>(_ => AbstractExtractor.CreateDefault());
        services.TryAddSingleton(_ => MetricVocabulary.Default);
        return services;
    }
}

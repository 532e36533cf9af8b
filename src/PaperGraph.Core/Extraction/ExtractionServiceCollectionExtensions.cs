using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PaperGraph.Core.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Registers the rule-based extractor with the embedded knowledge base as a singleton, and
    /// <see cref="CorpusExtraction"/>, which needs the corpus readers too (AddPaperGraphCorpus).</summary>
    public static IServiceCollection AddPaperGraphExtraction(this IServiceCollection services)
    {
        services.TryAddSingleton<IExtractor>(_ => AbstractExtractor.CreateDefault());
        services.TryAddSingleton<CorpusExtraction>();
        return services;
    }
}

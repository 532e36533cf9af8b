using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Registers the embedded knowledge base, the rule-based extractor over it and its metric vocabulary
    /// (for the query layer) as singletons, and <see cref="CorpusExtraction"/>, which needs the corpus readers too
    /// (AddPaperGraphCorpus).</summary>
    public static IServiceCollection AddPaperGraphExtraction(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => KnowledgeBase.LoadEmbedded());
        services.TryAddSingleton<IExtractor>(provider => new AbstractExtractor(provider.GetRequiredService<KnowledgeBase>()));
        services.TryAddSingleton(_ => MetricVocabulary.Default);
        services.TryAddSingleton<CorpusExtraction>();
        return services;
    }
}

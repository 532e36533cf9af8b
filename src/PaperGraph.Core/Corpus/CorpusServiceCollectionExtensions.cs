using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperGraph.Core.Corpus.Formats;

namespace PaperGraph.Core.Corpus;

public static class CorpusServiceCollectionExtensions
{
    /// <summary>Registers the corpus readers and <see cref="CorpusFileReader"/>.</summary>
    public static IServiceCollection AddPaperGraphCorpus(this IServiceCollection services, Action<CorpusReaderOptions>? configure = null)
    {
        var options = services.AddOptions<CorpusReaderOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, AbstractsCorpusReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, JsonLinesCorpusReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, LinesCorpusReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, OpenAlexCorpusReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, SemanticScholarCorpusReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, ArxivSnapshotCorpusReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, ArxivAtomCorpusReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, BibTexCorpusReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusReader, CslJsonCorpusReader>());
        services.TryAddSingleton<CorpusFileReader>();
        return services;
    }
}

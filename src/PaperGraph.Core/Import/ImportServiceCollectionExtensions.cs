using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperGraph.Core.Corpus;

namespace PaperGraph.Core.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CorpusImporter"/> and the corpus readers. The host also registers an
    /// <see cref="Extraction.IExtractor"/> and an <see cref="Graph.IGraphStore"/>.</summary>
    public static IServiceCollection AddPaperGraphImport(this IServiceCollection services, Action<ImportOptions>? configure = null)
    {
        services.AddPaperGraphCorpus();
        var options = services.AddOptions<ImportOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.TryAddTransient<CorpusImporter>();
        return services;
    }
}

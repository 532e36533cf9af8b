using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Curation;

namespace PaperGraph.Core.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CorpusImporter"/>, the corpus readers and the curation rules it applies. The host also
    /// registers an <see cref="Extraction.IExtractor"/> and an <see cref="Graph.IGraphStore"/> that is an
    /// <see cref="Graph.ICurationStore"/>.</summary>
    public static IServiceCollection AddPaperGraphImport(this IServiceCollection services, Action<ImportOptions>? configure = null)
    {
        services.AddPaperGraphCorpus();
        services.AddPaperGraphCuration();
        var options = services.AddOptions<ImportOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.TryAddTransient<CorpusImporter>();
        return services;
    }
}

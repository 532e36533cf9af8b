using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Queries.Citations;

namespace PaperGraph.Core.Queries;

public static class QueryServiceCollectionExtensions
{
    /// <summary>Registers the query layer that every front end (CLI, API, pages) answers with, over the
    /// registered <see cref="Graph.IGraphStore"/>, and the curation operations. The services are stateless and thread-safe.</summary>
    public static IServiceCollection AddPaperGraphQueries(this IServiceCollection services)
    {
        services.AddPaperGraphExtraction();
        services.TryAddSingleton<EntityLookup>();
        services.TryAddSingleton<PaperLookup>();
        services.TryAddSingleton<SearchService>();
        services.TryAddSingleton<ReportsOnService>();
        services.TryAddSingleton<LeaderboardService>();
        services.TryAddSingleton<EvaluationPartnerService>();
        services.TryAddSingleton<MethodDatasetGraphService>();
        services.TryAddSingleton<CorpusOverviewReader>();
        services.AddPaperGraphCuration();
        services.TryAddSingleton<CitationService>();
        // Needs the store's ISuggestionStore, which each store's registration adds.
        services.TryAddSingleton<SuggestionService>();
        services.TryAddSingleton<RelatedPaperService>();
        return services;
    }
}

using Microsoft.Extensions.Options;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Import;
using PaperGraph.Core.Queries;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Hosting;

/// <summary>Registers the graph store, extraction, the seed import and the application services shared by
/// pages and API. Paths are resolved when first needed, so test hosts can override the configuration.</summary>
public static class PaperGraphServicesExtensions
{
    public static IHostApplicationBuilder AddPaperGraphServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Validated on start, so a PaperGraph:Store that names no store stops the app with the binder's message.
        services.AddOptions<PaperGraphWebOptions>().Bind(builder.Configuration.GetSection(PaperGraphWebOptions.SectionName)).ValidateOnStart();
        services.AddSingleton(provider => PaperGraphPaths.From(
            provider.GetRequiredService<IOptions<PaperGraphWebOptions>>(), provider.GetRequiredService<IHostEnvironment>()));

        services.AddConfiguredGraphStore(builder.Configuration);
        services.AddPaperGraphExtraction();
        services.AddPaperGraphImport();

        services.AddSingleton<ImportStatus>();
        services.AddHostedService<SeedImportService>();
        services.AddOptions<BrowserImportOptions>().Bind(builder.Configuration.GetSection(PaperGraphWebOptions.SectionName))
            .Validate(o => o.MaxImportBytes > 0 && o.ImportBatchSize > 0, "PaperGraph:MaxImportBytes and PaperGraph:ImportBatchSize must be positive.")
            .ValidateOnStart();
        services.AddSingleton<BrowserImport>();

        services.AddPaperGraphQueries();
        return builder;
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Tests.Hosting;

/// <summary>The real app with the given <c>PaperGraph:*</c> settings and without the seed import service, whose start
/// would initialise the store: no Neo4j server runs beside the tests.</summary>
public sealed class ConfiguredStoreApp(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PaperGraph:ImportSeedOnFirstStart", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            var seedImport = services.Single(s => s.ImplementationType == typeof(SeedImportService));
            services.Remove(seedImport);
        });
    }
}

using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using PaperGraph.Web.Observability;
using PaperGraph.Web.Tests.Hosting;

namespace PaperGraph.Web.Tests.Hardening;

public sealed class TelemetryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("papergraph-telemetry-").FullName;

    [Fact]
    public void Metrics_are_collected_when_an_otlp_endpoint_is_configured()
    {
        using var app = App(new() { [TelemetryExtensions.EndpointSetting] = "http://127.0.0.1:4317" });

        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void Nothing_is_collected_without_an_otlp_endpoint()
    {
        using var app = App([]);

        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    private ConfiguredStoreApp App(Dictionary<string, string> settings)
    {
        settings["PaperGraph:DatabasePath"] = Path.Combine(_folder, "papergraph.db");
        return new ConfiguredStoreApp(settings);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

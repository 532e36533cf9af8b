using OpenTelemetry;
using OpenTelemetry.Metrics;
using PaperGraph.Core.Import;

namespace PaperGraph.Web.Observability;

/// <summary>OpenTelemetry metrics and logs, exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (as eShop's
/// service defaults do); without it nothing is collected. Metrics: import throughput (<see cref="ImportMetrics"/>),
/// request latency per route (<c>http.server.request.duration</c>, the API's queries included), active Blazor circuits
/// (<c>aspnetcore.components.circuit.active</c>), Kestrel connections and rate-limit rejections.</summary>
public static class TelemetryExtensions
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static readonly string[] Meters =
    [
        ImportMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        "Microsoft.AspNetCore.RateLimiting",
    ];

    public static WebApplicationBuilder AddPaperGraphTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointSetting]))
        {
            return builder;
        }
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddMeter(Meters))
            .UseOtlpExporter();
        return builder;
    }
}

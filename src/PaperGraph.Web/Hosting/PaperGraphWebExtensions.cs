using System.Text.Json.Serialization;
using MudBlazor.Services;
using PaperGraph.Web.Components;

namespace PaperGraph.Web.Hosting;

/// <summary>The web host: Blazor Server with MudBlazor, OpenAPI, JSON settings and the request pipeline.</summary>
public static class PaperGraphWebExtensions
{
    /// <summary>Largest message the Blazor hub accepts from a browser.</summary>
    public const int MaximumReceiveMessageSize = 32 * 1024;

    /// <summary>How long a circuit whose connection dropped is kept for the browser to reconnect to.</summary>
    public static readonly TimeSpan DisconnectedCircuitRetention = TimeSpan.FromMinutes(1);

    /// <summary>Most disconnected circuits kept at once.</summary>
    public const int MaxRetainedDisconnectedCircuits = 50;

    public static WebApplicationBuilder AddPaperGraphWeb(this WebApplicationBuilder builder)
    {
        // Serves library assets (MudBlazor's _content) from a build in any environment, not only Development;
        // a published app has them in wwwroot and ignores this.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(circuits =>
            {
                // A closed tab ends its circuit at once (the browser says so); these bound the ones whose connection
                // dropped without a word. A minute covers a network blip or a laptop lid; the default three minutes
                // kept every abandoned page's components alive three times as long. Past 50 retained, the oldest go.
                circuits.DisconnectedCircuitRetentionPeriod = DisconnectedCircuitRetention;
                circuits.DisconnectedCircuitMaxRetained = MaxRetainedDisconnectedCircuits;
            })
            // SignalR's default, set on purpose: the circuit's first message carries the pages' prerendered state,
            // which Loadable keeps near 15 KB at most, plus the component descriptors. A larger limit would only
            // let every client make the server buffer larger messages.
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = MaximumReceiveMessageSize);
        builder.Services.AddMudServices();
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        // Pages set their status (404 for a paper or entity that does not exist) while prerendering.
        builder.Services.AddHttpContextAccessor();
        // Enum names ("Dataset", "EvaluatedOn") read better in the API than numbers.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    public static WebApplication UsePaperGraphWeb(this WebApplication app)
    {
        // In every environment, Development included: nobody is shown a stack trace. API clients get
        // problem details and bare status codes; people get the error and not-found pages.
        app.UseWhen(IsApi, api => api.UseExceptionHandler());
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/Error", createScopeForErrors: true);
            pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
        // Routing after the status-code pages, so that their re-execution of "/not-found" is routed to that page;
        // with only the implicit routing at the start, a mistyped address got an empty 404.
        app.UseRouting();
        app.UseCuratorAuthentication();
        app.UseAntiforgery();
        app.MapStaticAssets();
        return app;
    }

    /// <summary>Whether a request is for the JSON API, which answers errors as ProblemDetails rather than pages.</summary>
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static WebApplication MapPaperGraphPages(this WebApplication app)
    {
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}

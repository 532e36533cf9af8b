namespace PaperGraph.Web.Hardening;

/// <summary>Response headers that keep the app's pages from running or framing anything but its own code.</summary>
public static class SecurityHeaders
{
    /// <summary>Scripts only from the app's own origin (Blazor, MudBlazor, the graph explorer's module and cytoscape
    /// are all served from wwwroot or _content). Styles also allow inline CSS, because MudBlazor's theme provider
    /// writes a &lt;style&gt; element and its components set style attributes; inline scripts stay forbidden.
    /// The Blazor circuit is a WebSocket to the same origin (connect-src 'self').</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            // Links to arXiv or a DOI do not tell those sites which paper page, or search, they came from.
            headers["Referrer-Policy"] = "no-referrer";
            // frame-ancestors 'none' for current browsers, X-Frame-Options for older ones.
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        return next(context);
    });
}

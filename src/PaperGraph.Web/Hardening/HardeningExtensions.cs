using Microsoft.AspNetCore.Server.Kestrel.Core;
using PaperGraph.Web.Hosting;

namespace PaperGraph.Web.Hardening;

/// <summary>What keeps the app up on an open network: readable 4xx answers for requests that cannot be read,
/// ProblemDetails for every API error, security headers, the API's rate limit and the health endpoints.
/// Request size limits are Kestrel's, set in appsettings.json (section <c>Kestrel:Limits</c>).</summary>
public static class HardeningExtensions
{
    public static WebApplicationBuilder AddPaperGraphHardening(this WebApplicationBuilder builder)
    {
        // In every environment (the default is Development only), so that BadRequestProblemHandler sees binding
        // failures and answers them alike everywhere.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestProblemHandler>();
        // Bound here explicitly: the section's endpoints are Kestrel's business, but its limits must also hold when
        // Kestrel is started by a host that does not load the section itself.
        builder.Services.Configure<KestrelServerOptions>(builder.Configuration.GetSection("Kestrel"));
        builder.Services.AddApiRateLimiting(builder.Configuration);
        builder.Services.AddPaperGraphHealthChecks();
        return builder;
    }

    /// <summary>Goes before <see cref="PaperGraphWebExtensions.UsePaperGraphWeb"/>, so its headers and limits cover
    /// every response, error pages included.</summary>
    public static WebApplication UsePaperGraphHardening(this WebApplication app)
    {
        app.UseSecurityHeaders();
        // An API answer with an error status and no body (405, an unknown /api route) gets a ProblemDetails body.
        app.UseWhen(PaperGraphWebExtensions.IsApi, api => api.UseStatusCodePages());
        app.UseRateLimiter();
        return app;
    }
}

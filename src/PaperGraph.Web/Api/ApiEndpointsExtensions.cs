using Microsoft.Extensions.Options;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Api;

/// <summary>Maps every minimal API under <c>/api</c> and the OpenAPI document (<c>/openapi/v1.json</c>).</summary>
public static class ApiEndpointsExtensions
{
    public static WebApplication MapPaperGraphApi(this WebApplication app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api").WithTags("PaperGraph");
        api.MapSearchApi();
        api.MapPaperApi();
        api.MapEntityApi();
        api.MapReportsOnApi();
        api.MapGraphApi();
        api.MapCorpusApi();
        api.MapCurationApi();
        api.MapImportApi(app.Services.GetRequiredService<IOptions<BrowserImportOptions>>().Value.MaxImportBytes);
        return app;
    }
}

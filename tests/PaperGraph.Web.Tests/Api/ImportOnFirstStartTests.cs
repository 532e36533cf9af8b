using System.Net.Http.Json;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Tests.Api;

[Collection(SeededAppCollection.Name)]
public sealed class ImportOnFirstStartTests(SeededApp app)
{
    [Fact]
    public void An_empty_database_is_filled_from_the_seed_corpus()
    {
        Assert.Equal(ImportState.Completed, app.Import.State);
        Assert.True(app.Import.PapersProcessed >= 200, $"only {app.Import.PapersProcessed} papers imported");
        Assert.True(File.Exists(app.DatabasePath));
    }

    [Fact]
    public async Task The_import_status_endpoint_reports_completion()
    {
        var status = await app.CreateClient().GetFromJsonAsync<ImportSnapshot>("/api/import-status", SeededApp.Json);

        Assert.Equal(ImportState.Completed, status!.State);
        Assert.Equal(app.Import.PapersProcessed, status.PapersProcessed);
    }
}

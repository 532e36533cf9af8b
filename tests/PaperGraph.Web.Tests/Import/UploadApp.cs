using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Graph;

namespace PaperGraph.Web.Tests.Import;

/// <summary>The real app on Kestrel (request size limits are Kestrel's; the test server has none) over an empty SQLite
/// file in a temporary folder, with importing from the browser turned on and an upload limit of
/// <see cref="MaxImportBytes"/>: above the app's general request body limit (1 MB), so that a test shows the import
/// endpoint has its own, and small enough to go over in a test.</summary>
public sealed class UploadApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const long MaxImportBytes = 2 * 1024 * 1024;
    private readonly string _folder = Directory.CreateTempSubdirectory("papergraph-upload-tests-").FullName;

    public UploadApp() => UseKestrel(0);

    public IGraphStore Store => Services.GetRequiredService<IGraphStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PaperGraph:DatabasePath", Path.Combine(_folder, "papergraph.db"));
        builder.UseSetting("PaperGraph:ImportSeedOnFirstStart", "false");
        builder.UseSetting("PaperGraph:AllowImport", "true");
        builder.UseSetting("PaperGraph:MaxImportBytes", MaxImportBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<int> PaperCountAsync() => (await Store.GetStatisticsAsync()).Papers;

    public Task InitializeAsync()
    {
        StartServer();
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class UploadAppCollection : ICollectionFixture<UploadApp>
{
    public const string Name = "Upload app";
}

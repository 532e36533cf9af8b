using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Import;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Tests.Api;

/// <summary>The real app on a temporary SQLite file, after its first-start import of the real seed corpus.</summary>
public sealed class SeededApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(3);
    private readonly string _folder = Directory.CreateTempSubdirectory("papergraph-web-tests-").FullName;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string DatabasePath => Path.Combine(_folder, "papergraph.db");

    public ImportSnapshot Import { get; private set; } = ImportSnapshot.Pending;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
        builder.UseSetting("PaperGraph:DatabasePath", DatabasePath);

    public async Task InitializeAsync()
    {
        Import = await Services.GetRequiredService<ImportStatus>().Finished.WaitAsync(ImportTimeout);
    }

    /// <summary>Imports papers (anonymous objects in the JSON Lines corpus format) through the app's importer.</summary>
    public async Task ImportJsonLinesAsync(string fileName, params object[] papers)
    {
        var file = Path.Combine(_folder, fileName);
        await File.WriteAllLinesAsync(file, papers.Select(p => JsonSerializer.Serialize(p)));
        using var scope = Services.CreateScope();
        var summary = await scope.ServiceProvider.GetRequiredService<CorpusImporter>().ImportAsync([file]);
        Assert.Empty(summary.Rejected);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SeededAppCollection : ICollectionFixture<SeededApp>
{
    public const string Name = "Seeded app";
}

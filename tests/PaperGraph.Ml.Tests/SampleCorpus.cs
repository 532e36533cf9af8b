using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Import;
using PaperGraph.Ml.Corpus;
using PaperGraph.Sqlite;

namespace PaperGraph.Ml.Tests;

/// <summary>The sample corpus imported once into a real SQLite file and read back as a <see cref="SuggestionCorpus"/>.</summary>
public sealed class SampleCorpus : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("papergraph-ml-").FullName;
    private ServiceProvider _services = null!;

    public SqliteGraphStore Store => _services.GetRequiredService<SqliteGraphStore>();

    public SuggestionCorpus Corpus { get; private set; } = null!;

    public static string RepositoryFile(params string[] parts)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PaperGraph.sln")))
        {
            folder = folder.Parent;
        }
        return Path.Combine([folder?.FullName ?? throw new DirectoryNotFoundException("PaperGraph.sln not found"), .. parts]);
    }

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddPaperGraphExtraction()
            .AddSqliteGraphStore(options => options.DatabasePath = Path.Combine(_folder, "sample.db"))
            .AddPaperGraphImport()
            .BuildServiceProvider();
        await _services.GetRequiredService<CorpusImporter>().ImportAsync([RepositoryFile("import", "seed-abstracts.txt")]);
        Corpus = await SuggestionCorpus.ReadAsync(Store);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SampleCorpusCollection : ICollectionFixture<SampleCorpus>
{
    public const string Name = "sample corpus";
}

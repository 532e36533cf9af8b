using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Cli.Stores;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Import;
using PaperGraph.Core.Queries;
using PaperGraph.Ml;
using PaperGraph.Neo4j;
using PaperGraph.Sqlite;

namespace PaperGraph.Cli;

/// <summary>The services of one command run against the selected graph store (a SQLite file or a Neo4j server):
/// the store, the extractor, the importer and the query layer.</summary>
internal sealed class DatabaseSession : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DatabaseSession(ServiceProvider services) => _services = services;

    public IGraphStore Store => _services.GetRequiredService<IGraphStore>();

    public CorpusImporter Importer => _services.GetRequiredService<CorpusImporter>();

    public IExtractor Extractor => _services.GetRequiredService<IExtractor>();

    public CorpusFileReader CorpusReader => _services.GetRequiredService<CorpusFileReader>();

    /// <summary>A service of the query layer (<see cref="QueryServiceCollectionExtensions"/>), shared with the web app.</summary>
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Opens a store that must already exist (queries): a typo in --db must not silently create an empty
    /// database. A Neo4j server is simply connected to.</summary>
    public static Task<DatabaseSession> OpenExistingAsync(StoreSelection store, CancellationToken cancellationToken)
    {
        if (store is SqliteStoreSelection { DatabasePath: var path } && !File.Exists(path))
        {
            throw new CliUsageException($"no database at {path}; import a corpus first (papergraph import PATH) or pass --db FILE");
        }
        return OpenAsync(store, cancellationToken);
    }

    /// <summary>Opens a store and initialises it: a SQLite file and its folder are created when missing, a Neo4j
    /// database gets its constraints and indexes.</summary>
    public static async Task<DatabaseSession> OpenAsync(StoreSelection store, CancellationToken cancellationToken)
    {
        var session = OpenUninitialized(store);
        try
        {
            await session.Store.InitializeAsync(cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a store without touching it: it is initialised by the first write, so an import that writes
    /// nothing (a strict import of bad input) leaves no empty database behind.</summary>
    public static DatabaseSession OpenUninitialized(StoreSelection store)
    {
        var services = new ServiceCollection().AddPaperGraphExtraction();
        AddGraphStore(services, store)
            .AddPaperGraphImport()
            .AddPaperGraphQueries()
            .AddPaperGraphSuggestions();
        return new DatabaseSession(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    /// <summary>The one place where a selection becomes a store.</summary>
    private static IServiceCollection AddGraphStore(IServiceCollection services, StoreSelection store) => store switch
    {
        SqliteStoreSelection sqlite => services.AddSqliteGraphStore(o => o.DatabasePath = WithFolder(sqlite.DatabasePath)),
        Neo4jStoreSelection neo4j => services.AddNeo4jGraphStore(neo4j.Configure),
        _ => throw new ArgumentOutOfRangeException(nameof(store), store, "unknown graph store"),
    };

    private static string WithFolder(string databasePath)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(databasePath)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
        return databasePath;
    }
}

using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Import;
using PaperGraph.Core.Queries;
using PaperGraph.Sqlite;

namespace PaperGraph.Cli;

/// <summary>The services of one command run against a database file: the SQLite store (initialised),
/// the extractor, the importer and the query layer.</summary>
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

    /// <summary>Opens a database that must already exist (queries): a typo in --db must not silently create an empty one.</summary>
    public static Task<DatabaseSession> OpenExistingAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"no database at {path}; import a corpus first (papergraph import PATH) or pass --db FILE");
        }
        return OpenAsync(path, cancellationToken);
    }

    /// <summary>Opens a database, creating the file and its folder when missing.</summary>
    public static async Task<DatabaseSession> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var session = OpenUninitialized(path);
        await session.Store.InitializeAsync(cancellationToken);
        return session;
    }

    /// <summary>Opens a database without touching the file: it is created (or migrated) by the first write, so
    /// an import that writes nothing (a strict import of bad input) leaves no empty database behind.</summary>
    public static DatabaseSession OpenUninitialized(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        var services = new ServiceCollection()
            .AddPaperGraphExtraction()
            .AddSqliteGraphStore(o => o.DatabasePath = path)
            .AddPaperGraphImport()
            .AddPaperGraphQueries()
            .BuildServiceProvider();
        return new DatabaseSession(services);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Queries;
using PaperGraph.Sqlite;
using PaperGraph.Store.Contract;

namespace PaperGraph.Core.Tests.Queries.Citations;

/// <summary>The query layer as the hosts register it, over a real SQLite file in a fresh temp folder that is deleted
/// on dispose.</summary>
public sealed class SqliteQueryHost : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "papergraph-core-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    public SqliteQueryHost()
    {
        Directory.CreateDirectory(_folder);
        _services = new ServiceCollection()
            .AddSqliteGraphStore(options => options.DatabasePath = Path.Combine(_folder, "graph.db"))
            .AddPaperGraphQueries()
            .BuildServiceProvider();
    }

    public IGraphStore Store => Get<IGraphStore>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Creates the schema and stores the papers, with derived relations refreshed.</summary>
    public async Task<SqliteQueryHost> WithAsync(params PaperRecordBuilder[] papers)
    {
        await Get<SqliteGraphStore>().InitializeAsync();
        await Store.UpsertAsync(papers.Select(paper => paper.Build()).ToList());
        await Store.RefreshDerivedRelationsAsync();
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        // Pooled connections keep the file open until the pool lets go of them.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

namespace PaperGraph.Sqlite.Tests;

/// <summary>A database path in a fresh temp folder, deleted with everything in it on dispose.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "papergraph-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "graph.db");

    public string Folder => _folder;

    public SqliteGraphStore OpenStore() => new(new SqliteGraphStoreOptions { DatabasePath = Path });

    public void Dispose()
    {
        // Pooled connections keep the file open until the pool lets go of them.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

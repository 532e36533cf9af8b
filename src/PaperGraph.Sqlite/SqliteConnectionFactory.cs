using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite;

/// <summary>Opens pooled connections to the database file, one per operation: readers with a small page cache,
/// writers with a large one.</summary>
internal sealed class SqliteConnectionFactory
{
    private const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>A writer's page cache keeps the relation indexes of a large graph in memory during an import.</summary>
    private const int WriteCacheKibibytes = 65_536;

    /// <summary>A reader's page cache is private to its pooled connection, and a busy web app holds one connection
    /// per concurrent request: at the writers' 64 MiB, 50 clients grew the server from 223 MiB to 2.1 GiB. Readers
    /// rely on the OS's file cache, which holds each page once for all connections.</summary>
    private const int ReadCacheKibibytes = 4_096;

    private readonly string _connectionString;
    private readonly string _sizeLimit;

    public SqliteConnectionFactory(string databasePath, int? maxPageCount = null)
    {
        // PRAGMA takes no parameters; the value is an integer from the options.
        _sizeLimit = maxPageCount is { } pages ? $" PRAGMA max_page_count = {pages.ToString(System.Globalization.CultureInfo.InvariantCulture)};" : "";
        var fullPath = Path.GetFullPath(databasePath);
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    public string DatabasePath => new SqliteConnectionStringBuilder(_connectionString).DataSource;

    /// <summary>A connection for reading.</summary>
    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => OpenAsync(ReadCacheKibibytes, cancellationToken);

    /// <summary>A connection for a write transaction.</summary>
    public Task<SqliteConnection> OpenForWritingAsync(CancellationToken cancellationToken) => OpenAsync(WriteCacheKibibytes, cancellationToken);

    private async Task<SqliteConnection> OpenAsync(int cacheKibibytes, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // NORMAL is durable across application crashes in WAL mode and much faster than FULL. A pooled
            // connection keeps its settings: the cache size is set on every open, so a former writer's cache shrinks.
            await connection.Command($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -{cacheKibibytes}; PRAGMA temp_store = MEMORY;{_sizeLimit}")
                .ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

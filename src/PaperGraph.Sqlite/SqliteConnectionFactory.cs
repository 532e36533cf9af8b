using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite;

/// <summary>Opens pooled connections to the database file, one per operation, each configured the same way.</summary>
internal sealed class SqliteConnectionFactory
{
    private const int BusyTimeoutMilliseconds = 10_000;
    private const int CacheKibibytes = 65_536;

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

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // NORMAL is durable across application crashes in WAL mode and much faster than FULL; a larger page
            // cache keeps the relation indexes of a large graph in memory during imports and queries.
            await connection.Command($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -{CacheKibibytes}; PRAGMA temp_store = MEMORY;{_sizeLimit}")
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

using Microsoft.Data.Sqlite;
using PaperGraph.Sqlite.Schema;

namespace PaperGraph.Sqlite.Tests;

public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Migrations_run_once_and_reopening_applies_none()
    {
        await using var connection = await OpenAsync();

        var first = await SchemaMigrator.MigrateAsync(connection, CancellationToken.None);
        var second = await SchemaMigrator.MigrateAsync(connection, CancellationToken.None);

        Assert.Equal(SchemaMigrator.Migrations.Count, first);
        Assert.Equal(0, second);
    }

    [Fact]
    public async Task Schema_version_is_the_latest_migration_after_initialize()
    {
        using (var store = _database.OpenStore())
        {
            await store.InitializeAsync();
        }
        await using var connection = await OpenAsync();

        var version = await SchemaMigrator.CurrentVersionAsync(connection, CancellationToken.None);

        Assert.Equal(SchemaMigrator.Migrations[^1].Version, version);
    }

    [Fact]
    public void Migrations_are_embedded_in_version_order()
    {
        var versions = SchemaMigrator.Migrations.Select(m => m.Version).ToList();

        Assert.NotEmpty(versions);
        Assert.Equal(versions.Order().Distinct(), versions);
    }

    [Fact]
    public async Task Database_is_in_wal_mode()
    {
        using (var store = _database.OpenStore())
        {
            await store.InitializeAsync();
        }
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
    }

    [Fact]
    public async Task Store_connections_enforce_foreign_keys()
    {
        var connections = new SqliteConnectionFactory(_database.Path);
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys;";

        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Store_creates_a_missing_database_folder()
    {
        var path = Path.Combine(_database.Folder, "nested", "deeper", "graph.db");
        using var store = new SqliteGraphStore(new SqliteGraphStoreOptions { DatabasePath = path });

        await store.InitializeAsync();

        Assert.True(File.Exists(path));
    }

    public void Dispose() => _database.Dispose();

    private async Task<SqliteConnection> OpenAsync()
    {
        Directory.CreateDirectory(_database.Folder);
        var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        return connection;
    }
}

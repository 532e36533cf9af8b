using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaperGraph.Sqlite.Maintenance;
using PaperGraph.Store.Contract;

namespace PaperGraph.Sqlite.Tests;

/// <summary>A database that cannot grow (PRAGMA max_page_count, as a full disk): the write fails with SQLite's
/// "full" error, told in words, and the store is exactly as it was.</summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task A_batch_that_does_not_fit_fails_clearly_and_leaves_the_store_as_it_was()
    {
        var store = _database.OpenStore();
        await store.UpsertAsync([PaperRecordBuilder.Paper("Existing paper").Proposes("ResNet").EvaluatedOn("ImageNet").Build()]);
        var before = JsonSerializer.Serialize(await store.GetStatisticsAsync());
        var pages = await PageCountAsync();
        var limited = new SqliteGraphStore(new SqliteGraphStoreOptions { DatabasePath = _database.Path, MaxPageCount = (int)pages });
        var batch = Enumerable.Range(0, 300)
            .Select(i => PaperRecordBuilder.Paper($"Paper {i}").WithAbstract(new string('x', 4000) + i).Uses($"Method {i}").Build())
            .ToList();

        var failure = await Assert.ThrowsAsync<SqliteException>(() => limited.UpsertAsync(batch));

        Assert.Contains("disk is full", SqliteFailure.Describe(failure));
        Assert.Equal(before, JsonSerializer.Serialize(await _database.OpenStore().GetStatisticsAsync()));
        Assert.Null(await DatabaseCheck.ProblemAsync(_database.Path));
    }

    private async Task<long> PageCountAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_count";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => _database.Dispose();
}

using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Store.Contract;

namespace PaperGraph.Sqlite.Tests;

/// <summary>The paper index holds no copy of the text, so every change must remove exactly what was indexed:
/// FTS5's own integrity check proves it.</summary>
public sealed class SearchIndexIntegrityTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly SqliteGraphStore _store;

    public SearchIndexIntegrityTests() => _store = _database.OpenStore();

    [Fact]
    public async Task Index_stays_consistent_when_papers_are_updated_in_later_batches()
    {
        await _store.UpsertAsync([PaperRecordBuilder.Paper("Paper A").WithAbstract("About alpacas.").Build()]);

        await _store.UpsertAsync([PaperRecordBuilder.Paper("Paper A").WithAbstract("About belugas.").Build()]);

        await AssertIndexIsConsistentAsync();
        Assert.Single(await _store.SearchAsync(new SearchQuery("belugas", Prefix: false)));
    }

    [Fact]
    public async Task Index_stays_consistent_when_a_batch_holds_the_same_paper_twice()
    {
        var batch = new[]
        {
            PaperRecordBuilder.Paper("Paper A").WithAbstract("About alpacas.").Build(),
            PaperRecordBuilder.Paper("Paper A").WithAbstract("About belugas.").Build(),
        };

        var summary = await _store.UpsertAsync(batch);

        await AssertIndexIsConsistentAsync();
        Assert.Equal((1, 1), (summary.PapersAdded, summary.PapersUpdated));
        Assert.Empty(await _store.SearchAsync(new SearchQuery("alpacas", Prefix: false)));
        Assert.Single(await _store.SearchAsync(new SearchQuery("belugas", Prefix: false)));
    }

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
    }

    private async Task AssertIndexIsConsistentAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Raises SQLITE_CORRUPT_VTAB when the index disagrees with the papers table.
        command.CommandText = "INSERT INTO paper_search (paper_search, rank) VALUES ('integrity-check', 1)";
        await command.ExecuteNonQueryAsync();
    }
}

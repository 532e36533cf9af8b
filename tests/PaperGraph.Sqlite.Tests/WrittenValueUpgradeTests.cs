using Microsoft.Data.Sqlite;
using PaperGraph.Core.Model;
using PaperGraph.Store.Contract;

namespace PaperGraph.Sqlite.Tests;

/// <summary>Results stored before migration 0009 kept no written form: they still read as their value.</summary>
public sealed class WrittenValueUpgradeTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task A_result_stored_without_its_written_form_shows_its_value()
    {
        using (var store = _database.OpenStore())
        {
            await store.InitializeAsync();
            await store.UpsertAsync([PaperRecordBuilder.Paper("Paper A")
                .Reports("ImageNet", "top-1 accuracy", 90, ResultContext.Plain with { WrittenValue = "90.0" }).Build()]);
        }
        await using (var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE results SET value_text = NULL";
            await command.ExecuteNonQueryAsync();
        }

        using var reopened = _database.OpenStore();
        var result = Assert.Single((await reopened.GetPaperAsync(PaperIdentity.For("Paper A")))!.Results);

        Assert.Equal((null, "90%"), (result.Context.WrittenValue, result.ValueText));
    }

    public void Dispose() => _database.Dispose();
}

using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Sqlite.Schema;

namespace PaperGraph.Sqlite.Tests;

/// <summary>A database written by the first schema version keeps its data through every later migration.</summary>
public sealed class SchemaUpgradeTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Upgrading_a_first_version_database_keeps_mentions_and_search()
    {
        await CreateFirstVersionDatabaseAsync();

        using var store = _database.OpenStore();
        await store.InitializeAsync();

        var paper = await store.GetPaperAsync("title:paper-a");
        var mention = Assert.Single(paper!.Mentions);
        Assert.Equal(("dataset:imagenet", 10, 18), (mention.Entity.Key, mention.Start, mention.End));
        Assert.Equal("title:paper-a", Assert.Single(await store.SearchAsync(new SearchQuery("results", Prefix: false))).NodeId);
        Assert.Equal("dataset:imagenet", Assert.Single(await store.SearchAsync(new SearchQuery("ILSVRC", Prefix: false))).NodeId);
    }

    public void Dispose() => _database.Dispose();

    private async Task CreateFirstVersionDatabaseAsync()
    {
        Directory.CreateDirectory(_database.Folder);
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            {SchemaMigrator.Migrations[0].Sql}
            PRAGMA user_version = 1;
            INSERT INTO papers (pk, id, title, abstract) VALUES (1, 'title:paper-a', 'Paper A', 'Results on ImageNet are good.');
            INSERT INTO entities (pk, key, type, name, paper_count) VALUES (1, 'dataset:imagenet', '{EntityType.Dataset}', 'ImageNet', 1);
            INSERT INTO entity_names (entity_pk, name, folded) VALUES (1, 'ImageNet', 'imagenet'), (1, 'ILSVRC', 'ilsvrc');
            INSERT INTO paper_entities (paper_pk, entity_pk, role) VALUES (1, 1, '{RelationType.EvaluatedOn}');
            INSERT INTO mentions (paper_pk, entity_pk, span_start, span_end) VALUES (1, 1, 10, 18);
            INSERT INTO search_index (rowid, node_id, kind, label, body) VALUES
                (1, 'title:paper-a', 'Paper', 'Paper A', 'Results on ImageNet are good.'),
                (-1, 'dataset:imagenet', 'Dataset', 'ImageNet', 'ImageNet ILSVRC');
            """;
        await command.ExecuteNonQueryAsync();
    }
}

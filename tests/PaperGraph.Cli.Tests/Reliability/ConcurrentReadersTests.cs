using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Sqlite;

namespace PaperGraph.Cli.Tests.Reliability;

/// <summary>An import by the real CLI while 10 clients query the same database: no query fails, and a paper a client
/// sees is whole (its entities, results and mentions are those of the clean import), never half-written.</summary>
[Trait("Category", "Long")]
[Collection(LongImportCollection.Name)]
public sealed class ConcurrentReadersTests(LongImportCorpus corpus)
{
    private const int Clients = 10;

    [Fact]
    public async Task Ten_clients_querying_during_an_import_never_fail_or_see_a_half_written_paper()
    {
        var database = corpus.File("concurrent.db");
        var clean = new SqliteGraphStore(new SqliteGraphStoreOptions { DatabasePath = corpus.CleanDatabase });
        var ids = await PaperIdsAsync(corpus.CleanDatabase);
        using var import = CliProcess.StartDiscardingOutput("--db", database, "import", corpus.CorpusPath);
        var failures = new ConcurrentQueue<string>();
        var queries = 0;
        var papersSeen = 0;

        async Task ClientAsync(int client)
        {
            var store = new SqliteGraphStore(new SqliteGraphStoreOptions { DatabasePath = database });
            var random = new Random(client);
            while (!import.HasExited)
            {
                try
                {
                    var id = ids[random.Next(ids.Count)];
                    if (await store.GetPaperAsync(id) is { } paper)
                    {
                        Interlocked.Increment(ref papersSeen);
                        var expected = (await clean.GetPaperAsync(id))!;
                        if (!IsWhole(paper, expected))
                        {
                            failures.Enqueue($"{id}: {Shape(paper)}, clean import has {Shape(expected)}");
                        }
                    }
                    await store.SearchAsync(new SearchQuery("image classification", new HashSet<NodeKind> { NodeKind.Paper, NodeKind.Dataset }));
                    await store.GetReportsOnAsync(new ReportsOnQuery("dataset:imagenet", 20, 0));
                    await store.GetStatisticsAsync();
                    Interlocked.Add(ref queries, 4);
                }
                catch (Exception e) when (e is SqliteException or InvalidOperationException)
                {
                    failures.Enqueue($"client {client}: {e.Message}");
                }
            }
        }

        while (!File.Exists(database) && !import.HasExited)
        {
            await Task.Delay(50);
        }
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(() => ClientAsync(client))));

        Assert.Equal(0, import.ExitCode);
        Assert.Empty(failures);
        Assert.True(papersSeen > 100, $"The clients saw only {papersSeen} papers in {queries} queries.");
    }

    private static bool IsWhole(PaperDetails paper, PaperDetails expected) => Shape(paper) == Shape(expected);

    private static string Shape(PaperDetails paper) =>
        $"{paper.Entities.Count} entities, {paper.Results.Count} results, {paper.Mentions.Count} mentions";

    private static async Task<List<string>> PaperIdsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM papers";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }
}

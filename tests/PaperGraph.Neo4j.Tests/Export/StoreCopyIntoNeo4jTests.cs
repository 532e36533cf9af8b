using PaperGraph.Core.Graph;
using PaperGraph.Neo4j.Tests.Fakes;
using PaperGraph.Store.Contract;

namespace PaperGraph.Neo4j.Tests.Export;

/// <summary>What <c>papergraph sync --to neo4j</c> sends: each batch through the store's upsert, then BUILDS_ON.</summary>
public sealed class StoreCopyIntoNeo4jTests
{
    private static readonly PaperRecord[] Papers =
    [
        PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").Build(),
        PaperRecordBuilder.Paper("Paper B").Uses("ResNet").Build(),
        PaperRecordBuilder.Paper("Paper C").Reports("ImageNet", "top-1 error", 20).Build(),
    ];

    [Fact]
    public async Task Each_batch_is_one_committed_upsert_transaction()
    {
        var server = CannedGraphAnswers.Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        await StoreCopy.CopyAsync(new RecordList(Papers), store, batchSize: 2, progress: null, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count(request => request.Path.EndsWith("/commit", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_paper_is_written_once()
    {
        var server = CannedGraphAnswers.Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        await StoreCopy.CopyAsync(new RecordList(Papers), store, batchSize: 2, progress: null, CancellationToken.None);

        var written = server.Statements.Where(request => request.Statement!.Contains("MERGE (p:Paper {id: row.id})", StringComparison.Ordinal))
            .SelectMany(request => request.Parameters!.Value.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("id").GetString()));
        Assert.Equal(Papers.Select(record => record.Paper.Id), written);
    }

    [Fact]
    public async Task Builds_on_is_derived_after_the_last_batch()
    {
        var server = CannedGraphAnswers.Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        await StoreCopy.CopyAsync(new RecordList(Papers), store, batchSize: 2, progress: null, CancellationToken.None);

        var lastCommit = server.Requests.FindLastIndex(request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
        var derive = server.Requests.FindIndex(request => request.Statement?.Contains("MERGE (user)-[:BUILDS_ON]->(proposer)", StringComparison.Ordinal) == true);
        Assert.True(derive > lastCommit, $"BUILDS_ON derived at request {derive}, last commit at {lastCommit}");
    }

    private sealed class RecordList(IReadOnlyList<PaperRecord> records) : IPaperRecordSource
    {
        public IAsyncEnumerable<PaperRecord> ReadAllAsync(int pageSize = 1000, CancellationToken cancellationToken = default) =>
            records.ToAsyncEnumerable();
    }
}

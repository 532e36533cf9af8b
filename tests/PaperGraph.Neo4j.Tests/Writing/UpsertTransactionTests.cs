using System.Net;
using PaperGraph.Neo4j.Http;
using PaperGraph.Neo4j.Tests.Fakes;
using PaperGraph.Store.Contract;

namespace PaperGraph.Neo4j.Tests.Writing;

public sealed class UpsertTransactionTests
{
    private static readonly string[] UpsertPaths = ["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/tx-1"];

    [Fact]
    public async Task An_upsert_batch_is_written_in_one_explicit_transaction_and_committed()
    {
        var server = CannedGraphAnswers.Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);
        await store.InitializeAsync();
        server.Requests.Clear();

        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").Build(), PaperRecordBuilder.Paper("Paper B").Uses("ResNet").Build()]);

        Assert.Equal(1, server.Requests.Count(request => request.Path == UpsertPaths[0]));
        Assert.All(server.Statements, request => Assert.Equal(UpsertPaths[1], request.Path));
        Assert.Equal("/db/neo4j/query/v2/tx/tx-1/commit", server.Requests[^1].Path);
    }

    [Fact]
    public async Task A_failing_statement_rolls_the_whole_batch_back()
    {
        var failing = CannedGraphAnswers.Server();
        failing.Otherwise = request => request.Statement?.Contains("REPORTS]->", StringComparison.Ordinal) == true && request.Statement.Contains("CREATE", StringComparison.Ordinal)
            ? QueryApiAnswers.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.TypeError", "Bad value")
            : CannedGraphAnswers.Answer(request);
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), failing);
        await store.InitializeAsync();

        await Assert.ThrowsAsync<Neo4jQueryException>(() => store.UpsertAsync([PaperRecordBuilder.Paper("Paper A").Reports("ImageNet", "top-1 error", 20).Build()]));

        Assert.Equal((HttpMethod.Delete, "/db/neo4j/query/v2/tx/tx-1"), (failing.Requests[^1].Method, failing.Requests[^1].Path));
        Assert.DoesNotContain(failing.Requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rows_are_sent_in_chunks_of_the_batch_size()
    {
        var server = CannedGraphAnswers.Server();
        var options = FakeQueryApi.Options();
        options.BatchSize = 2;
        using var store = new Neo4jGraphStore(options, server);

        await store.UpsertAsync(Enumerable.Range(1, 5).Select(i => PaperRecordBuilder.Paper($"Paper {i}").Build()).ToList());

        var paperChunks = server.Statements.Where(request => request.Statement!.Contains("MERGE (p:Paper", StringComparison.Ordinal))
            .Select(request => request.Parameters!.Value.GetProperty("rows").GetArrayLength());
        Assert.Equal([2, 2, 1], paperChunks);
    }

    [Fact]
    public async Task An_empty_batch_sends_nothing()
    {
        var server = CannedGraphAnswers.Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        await store.UpsertAsync([]);

        Assert.Empty(server.Requests);
    }
}

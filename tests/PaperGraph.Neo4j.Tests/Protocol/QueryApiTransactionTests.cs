using System.Net;
using PaperGraph.Neo4j.Http;
using PaperGraph.Neo4j.Tests.Fakes;

namespace PaperGraph.Neo4j.Tests.Protocol;

public sealed class QueryApiTransactionTests
{
    [Fact]
    public async Task A_transaction_is_opened_then_its_statements_and_commit_go_to_its_id()
    {
        var server = new FakeQueryApi().Then(QueryApiAnswers.TransactionOpened("a1b2", affinity: null));
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        await client.InTransactionAsync(async (transaction, token) => await transaction.RunAsync(ProbeStatement.Request(), token),
            CancellationToken.None);

        Assert.Equal(
            [(HttpMethod.Post, "/db/neo4j/query/v2/tx"), (HttpMethod.Post, "/db/neo4j/query/v2/tx/a1b2"), (HttpMethod.Post, "/db/neo4j/query/v2/tx/a1b2/commit")],
            server.Requests.Select(request => (request.Method, request.Path)));
    }

    [Fact]
    public async Task The_cluster_affinity_header_is_echoed_on_every_later_call()
    {
        var server = new FakeQueryApi().Then(QueryApiAnswers.TransactionOpened("a1b2", affinity: "core-3"));
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        await client.InTransactionAsync(async (transaction, token) =>
        {
            await transaction.RunAsync(ProbeStatement.Request(), token);
            return await transaction.RunAsync(ProbeStatement.Request(), token);
        }, CancellationToken.None);

        Assert.Null(server.Requests[0].Affinity);
        Assert.All(server.Requests.Skip(1), request => Assert.Equal("core-3", request.Affinity));
    }

    [Fact]
    public async Task A_failing_unit_of_work_is_rolled_back_and_not_committed()
    {
        var server = new FakeQueryApi()
            .Then(QueryApiAnswers.TransactionOpened("a1b2", affinity: "core-3"))
            .Then(QueryApiAnswers.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", "Duplicate"));
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        await Assert.ThrowsAsync<Neo4jQueryException>(() => client.InTransactionAsync(
            (transaction, token) => transaction.RunAsync(ProbeStatement.Request(), token), CancellationToken.None));

        var last = server.Requests[^1];
        Assert.Equal((HttpMethod.Delete, "/db/neo4j/query/v2/tx/a1b2", "core-3"), (last.Method, last.Path, last.Affinity));
        Assert.DoesNotContain(server.Requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transient_failure_inside_a_transaction_reruns_the_whole_unit_in_a_new_one()
    {
        var server = new FakeQueryApi()
            .Then(QueryApiAnswers.TransactionOpened("first", affinity: null))
            .Then(QueryApiAnswers.Error(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected", "Deadlock"))
            .Then(QueryApiAnswers.Empty())
            .Then(QueryApiAnswers.TransactionOpened("second", affinity: null));
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        await client.InTransactionAsync((transaction, token) => transaction.RunAsync(ProbeStatement.Request(), token), CancellationToken.None);

        Assert.Contains(server.Requests, request => request.Method == HttpMethod.Delete && request.Path.EndsWith("/tx/first", StringComparison.Ordinal));
        Assert.Equal("/db/neo4j/query/v2/tx/second/commit", server.Requests[^1].Path);
    }

    [Fact]
    public async Task Opening_a_transaction_without_an_id_is_a_protocol_error()
    {
        var server = new FakeQueryApi().Then(QueryApiAnswers.Empty());
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.BeginAsync(CancellationToken.None));

        Assert.Equal("PaperGraph.Protocol", error.Code);
    }
}

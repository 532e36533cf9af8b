using System.Net;
using PaperGraph.Neo4j.Http;
using PaperGraph.Neo4j.Tests.Fakes;

namespace PaperGraph.Neo4j.Tests.Protocol;

public sealed class QueryApiRetryTests
{
    [Fact]
    public async Task A_transient_error_is_retried_once_and_the_second_answer_returned()
    {
        var server = new FakeQueryApi()
            .Then(QueryApiAnswers.Error(HttpStatusCode.ServiceUnavailable, "Neo.TransientError.Transaction.DeadlockDetected", "Deadlock"))
            .Then(QueryApiAnswers.Rows(["title"], [["Deep Residual Learning"]]));
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        var response = await client.RunAsync(ProbeStatement.Request(), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("Deep Residual Learning", Assert.Single(response.Records).String("title"));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task A_gateway_or_unavailable_status_is_retried(HttpStatusCode status)
    {
        var server = new FakeQueryApi().Then(new HttpResponseMessage(status)).Then(QueryApiAnswers.Empty());
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        await client.RunAsync(ProbeStatement.Request(), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_connection_failure_is_retried()
    {
        var server = new FakeQueryApi().ThenFailToConnect().Then(QueryApiAnswers.Empty());
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        await client.RunAsync(ProbeStatement.Request(), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        var server = new FakeQueryApi()
            .Then(QueryApiAnswers.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", "Already exists"))
            .Then(QueryApiAnswers.Empty());
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync(ProbeStatement.Request(), CancellationToken.None));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Refused_credentials_are_not_retried()
    {
        var server = new FakeQueryApi()
            .Then(QueryApiAnswers.Error(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", "No"))
            .Then(QueryApiAnswers.Empty());
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync(ProbeStatement.Request(), CancellationToken.None));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_number()
    {
        var server = new FakeQueryApi { Otherwise = _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) };
        var options = FakeQueryApi.Options();
        options.MaxRetries = 2;
        using var client = new QueryApiClient(options, server);

        await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync(ProbeStatement.Request(), CancellationToken.None));

        Assert.Equal(3, server.Requests.Count);
    }
}

using System.Net;
using PaperGraph.Neo4j.Http;
using PaperGraph.Neo4j.Tests.Fakes;

namespace PaperGraph.Neo4j.Tests.Protocol;

public sealed class QueryApiErrorTests
{
    [Fact]
    public async Task A_400_error_body_becomes_a_query_exception_with_its_code_and_message()
    {
        var server = new FakeQueryApi().Then(QueryApiAnswers.Error(HttpStatusCode.BadRequest,
            "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'"));
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync(ProbeStatement.Request(), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Invalid input 'RETRUN'", error.Message);
    }

    [Fact]
    public async Task A_401_error_body_becomes_an_authentication_exception()
    {
        var server = new FakeQueryApi().Then(QueryApiAnswers.Error(HttpStatusCode.Unauthorized,
            "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync(ProbeStatement.Request(), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
    }

    [Fact]
    public async Task A_401_without_a_body_is_still_an_authentication_exception()
    {
        var server = new FakeQueryApi().Then(new HttpResponseMessage(HttpStatusCode.Unauthorized));
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync(ProbeStatement.Request(), CancellationToken.None));

        Assert.Equal("HTTP 401", error.Code);
    }
}

using System.Text;
using PaperGraph.Neo4j.Http;
using PaperGraph.Neo4j.Tests.Fakes;

namespace PaperGraph.Neo4j.Tests.Protocol;

public sealed class QueryApiRequestTests
{
    [Fact]
    public async Task A_statement_is_posted_to_the_query_endpoint_with_parameters_and_counters_requested()
    {
        var server = new FakeQueryApi();
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        await client.RunAsync(ProbeStatement.Request("doi:10.1/x"), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal(ProbeStatement.Instance.Text, request.Statement);
        Assert.Equal("doi:10.1/x", request.Parameters!.Value.GetProperty("id").GetString());
        Assert.True(request.IncludesCounters);
    }

    [Fact]
    public async Task User_and_password_are_sent_as_basic_auth()
    {
        var server = new FakeQueryApi();
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        await client.RunAsync(ProbeStatement.Request(), CancellationToken.None);

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")), server.Requests[0].Authorization);
    }

    [Fact]
    public async Task A_bearer_token_is_sent_instead_of_basic_auth()
    {
        var server = new FakeQueryApi();
        var options = FakeQueryApi.Options();
        options.BearerToken = "sso-token";
        using var client = new QueryApiClient(options, server);

        await client.RunAsync(ProbeStatement.Request(), CancellationToken.None);

        Assert.Equal("Bearer sso-token", server.Requests[0].Authorization);
    }

    [Fact]
    public async Task The_database_name_goes_into_the_path()
    {
        var server = new FakeQueryApi();
        var options = FakeQueryApi.Options();
        options.Database = "papers";
        using var client = new QueryApiClient(options, server);

        await client.RunAsync(ProbeStatement.Request(), CancellationToken.None);

        Assert.Equal("/db/papers/query/v2", server.Requests[0].Path);
    }

    [Fact]
    public async Task A_server_behind_a_path_prefix_keeps_the_prefix()
    {
        var server = new FakeQueryApi();
        var options = FakeQueryApi.Options();
        options.Uri = new Uri("https://proxy.test/graphs/neo4j");
        using var client = new QueryApiClient(options, server);

        await client.RunAsync(ProbeStatement.Request(), CancellationToken.None);

        Assert.Equal("/graphs/neo4j/db/neo4j/query/v2", server.Requests[0].Path);
    }

    [Fact]
    public void A_relative_server_address_is_refused()
    {
        var options = FakeQueryApi.Options();
        options.Uri = new Uri("/neo4j", UriKind.Relative);

        Assert.Throws<ArgumentException>(() => new QueryApiClient(options, new FakeQueryApi()));
    }
}

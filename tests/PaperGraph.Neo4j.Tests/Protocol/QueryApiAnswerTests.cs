using PaperGraph.Neo4j.Http;
using PaperGraph.Neo4j.Tests.Fakes;

namespace PaperGraph.Neo4j.Tests.Protocol;

public sealed class QueryApiAnswerTests
{
    [Fact]
    public async Task Rows_of_a_202_answer_are_read_by_field_name()
    {
        var server = new FakeQueryApi().Then(QueryApiAnswers.Rows(["title", "year"], [["Deep Residual Learning", 2016], ["Attention", null]]));
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        var response = await client.RunAsync(ProbeStatement.Request(), CancellationToken.None);

        Assert.Equal(["Deep Residual Learning", "Attention"], response.Records.Select(record => record.String("title")));
        Assert.Equal([2016, null], response.Records.Select(record => record.NullableInt("year")));
    }

    [Fact]
    public async Task Counters_and_bookmarks_are_read()
    {
        var counters = new { containsUpdates = true, nodesCreated = 2, relationshipsCreated = 3, propertiesSet = 7 };
        var server = new FakeQueryApi().Then(QueryApiAnswers.Rows([], [], counters));
        using var client = new QueryApiClient(FakeQueryApi.Options(), server);

        var response = await client.RunAsync(ProbeStatement.Request(), CancellationToken.None);

        Assert.Equal((2, 3, 7), (response.Counters.NodesCreated, response.Counters.RelationshipsCreated, response.Counters.PropertiesSet));
        Assert.Equal(["FB:kcwQ"], response.Bookmarks);
    }
}

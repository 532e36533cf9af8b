using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Tests.Fakes;

namespace PaperGraph.Neo4j.Tests.Reading;

public sealed class PaperRecordReadingTests
{
    private static readonly string[] PaperFields =
    [
        "id", "title", "abstract", "doi", "arxivId", "year", "authors", "venue", "url", "openAlexId", "s2Id", "mentionKeys", "mentionStarts", "mentionEnds",
    ];

    [Fact]
    public async Task Pages_continue_after_the_last_id_read_until_a_page_is_empty()
    {
        string[] stored = ["doi:a", "doi:b", "doi:c"];
        var server = new FakeQueryApi
        {
            Otherwise = request => request.Statement == PaperRecordStatements.Papers.Text ? Page(request, stored) : CannedGraphAnswers.Answer(request),
        };
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        var ids = await store.ReadAllAsync(pageSize: 2).Select(record => record.Paper.Id).ToListAsync();

        Assert.Equal(stored, ids);
        var pages = server.Statements.Where(request => request.Statement == PaperRecordStatements.Papers.Text)
            .Select(request => (request.Parameters!.Value.GetProperty("after").GetString(), request.Parameters.Value.GetProperty("pageSize").GetInt32()));
        Assert.Equal([("", 2), ("doi:b", 2), ("doi:c", 2)], pages);
    }

    [Fact]
    public async Task Roles_results_and_entities_are_asked_for_the_papers_and_keys_of_the_page()
    {
        var server = CannedGraphAnswers.Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        await store.ReadAllAsync().ToListAsync();

        Assert.Equal(["doi:10.1/resnet"], Strings(server, PaperRecordStatements.Roles, "ids"));
        Assert.Equal(["doi:10.1/resnet"], Strings(server, PaperRecordStatements.Results, "ids"));
        Assert.Equal(["dataset:imagenet1k", "dataset:imagenet"], Strings(server, PaperRecordStatements.Entities, "keys"));
    }

    [Fact]
    public async Task A_record_read_back_carries_every_role_name_parent_mention_and_result()
    {
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), CannedGraphAnswers.Server());

        var record = Assert.Single(await store.ReadAllAsync().ToListAsync());

        Assert.Equal(("Deep Residual Learning", 2016, "CVPR"), (record.Paper.Title, record.Paper.Year, record.Paper.Venue));
        var entity = Assert.Single(record.Extraction.Entities);
        Assert.Equal(("dataset:imagenet1k", "ImageNet-1K", "ImageNet"), (entity.Key, entity.Name, entity.Parent));
        Assert.Equal([RelationType.EvaluatedOn, RelationType.Uses], entity.Roles);
        Assert.Equal(["IN-1K"], entity.Aliases);
        Assert.Equal(("ImageNet-1K", 12, 23), (Assert.Single(entity.Mentions).Text, entity.Mentions[0].Start, entity.Mentions[0].End));
        var result = Assert.Single(record.Extraction.Results);
        Assert.Equal(("ImageNet", "top-1 error", 20.5, "20.50", "%", null), (result.Dataset, result.Metric, result.Value, result.WrittenValue, result.Unit, result.Setting));
    }

    private static HttpResponseMessage Page(RecordedRequest request, string[] stored)
    {
        var after = request.Parameters!.Value.GetProperty("after").GetString()!;
        var size = request.Parameters.Value.GetProperty("pageSize").GetInt32();
        return QueryApiAnswers.Rows(PaperFields, stored.Where(id => string.CompareOrdinal(id, after) > 0).Take(size)
            .Select(id => new object?[] { id, id, "", null, null, null, null, null, null, null, null, Array.Empty<string>(), Array.Empty<int>(), Array.Empty<int>() }));
    }

    private static IEnumerable<string?> Strings(FakeQueryApi server, CypherStatement statement, string parameter) =>
        server.Statements.Single(request => request.Statement == statement.Text).Parameters!.Value.GetProperty(parameter).EnumerateArray()
            .Select(item => item.GetString());
}

using PaperGraph.Core.Graph;
using PaperGraph.Neo4j.Tests.Fakes;
using PaperGraph.Store.Contract;

namespace PaperGraph.Neo4j.Tests.Writing;

public sealed class UpsertSummaryTests
{
    private static readonly Dictionary<string, string> NameByText =
        Neo4jStatementCatalog.All().ToDictionary(statement => statement.Text, statement => statement.Name, StringComparer.Ordinal);

    private static FakeQueryApi Server(params string[] existingPapers) => new()
    {
        Otherwise = request => NameByText.GetValueOrDefault(request.Statement ?? "") switch
        {
            "paper-writes.existing" => QueryApiAnswers.Rows(["id", "linked", "stub", "described"], existingPapers.Select(id => new object?[] { id, Array.Empty<string>(), false, true })),
            "paper-writes.entities" => QueryApiAnswers.Rows(["added"], [[2]]),
            "paper-writes.variants" or "paper-writes.results" => QueryApiAnswers.Rows([], [], new { relationshipsCreated = 1 }),
            "paper-writes.roles" => QueryApiAnswers.Rows([], [], new { relationshipsCreated = 2 }),
            _ => CannedGraphAnswers.Answer(request),
        },
    };

    private static PaperRecordBuilder Paper() =>
        PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").EvaluatedOn("ImageNet-1K", parent: "ImageNet").Reports("ImageNet-1K", "top-1 error", 20);

    [Fact]
    public async Task A_new_paper_counts_as_added_with_the_entities_and_relations_the_server_created()
    {
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), Server());

        var summary = await store.UpsertAsync([Paper().Build()]);

        Assert.Equal(new UpsertSummary(PapersAdded: 1, PapersUpdated: 0, EntitiesAdded: 2, RelationsWritten: 4), summary);
    }

    [Fact]
    public async Task A_stored_paper_counts_as_updated()
    {
        var paper = Paper();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), Server(paper.Id));

        var summary = await store.UpsertAsync([paper.Build()]);

        Assert.Equal((0, 1), (summary.PapersAdded, summary.PapersUpdated));
    }

    [Fact]
    public async Task Paper_counts_change_by_the_entities_a_paper_gained_and_lost()
    {
        var paper = PaperRecordBuilder.Paper("Paper A").Proposes("ResNet");
        var server = Server();
        server.Otherwise = request => NameByText.GetValueOrDefault(request.Statement ?? "") == "paper-writes.existing"
            ? QueryApiAnswers.Rows(["id", "linked", "stub", "described"], [[paper.Id, new[] { "method:vgg", "method:resnet" }, false, true]])
            : CannedGraphAnswers.Answer(request);
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        await store.UpsertAsync([paper.Build()]);

        var deltas = server.Statements.Single(request => NameByText[request.Statement!] == "paper-writes.paper-counts")
            .Parameters!.Value.GetProperty("rows").EnumerateArray()
            .Select(row => (row.GetProperty("key").GetString(), row.GetProperty("delta").GetInt32()));
        Assert.Equal([("method:vgg", -1)], deltas);
    }
}

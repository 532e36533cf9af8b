using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Tests.Fakes;
using PaperGraph.Store.Contract;

namespace PaperGraph.Neo4j.Tests.Writing;

public sealed class CitationWriteTests
{
    private static readonly Dictionary<string, string> NameByText =
        Neo4jStatementCatalog.All().ToDictionary(statement => statement.Text, statement => statement.Name, StringComparer.Ordinal);

    private static readonly CitedWork OutsideWork = new("Gradient-Based Learning", 1998, OpenAlexId: "W2112796928");

    private static FakeQueryApi Server(bool storedWithAbstract) => new()
    {
        Otherwise = request => NameByText.GetValueOrDefault(request.Statement ?? "") == "paper-writes.existing" && storedWithAbstract
            ? QueryApiAnswers.Rows(["id", "linked", "stub", "described"], [[PaperRecordBuilder.Paper("Paper A").Id, new[] { "method:resnet" }, false, true]])
            : CannedGraphAnswers.Answer(request),
    };

    private static List<string> SentNames(FakeQueryApi server) =>
        server.Statements.Select(request => NameByText.GetValueOrDefault(request.Statement!, "?")).ToList();

    [Fact]
    public async Task References_are_written_as_stubs_then_cites_edges_after_the_papers()
    {
        var server = Server(storedWithAbstract: false);
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper A").Cites(OutsideWork).Build()]);

        var names = SentNames(server);
        Assert.True(names.IndexOf("paper-writes.papers") < names.IndexOf("citation-writes.stubs"));
        Assert.True(names.IndexOf("citation-writes.clear-references") < names.IndexOf("citation-writes.cites"));
        var cites = server.Statements.Single(request => NameByText[request.Statement!] == "citation-writes.cites").Parameters!.Value.GetProperty("rows")[0];
        Assert.Equal((PaperRecordBuilder.Paper("Paper A").Id, "openalex:W2112796928"), (cites.GetProperty("source").GetString(), cites.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task Every_key_of_paper_and_stub_is_sent_with_its_node()
    {
        var server = Server(storedWithAbstract: false);
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper A").WithDoi("10.1/a").InYear(2020).Cites(OutsideWork).Build()]);

        var rows = server.Statements.Single(request => NameByText[request.Statement!] == "citation-writes.keys").Parameters!.Value.GetProperty("rows");
        var keys = rows.EnumerateArray().SelectMany(row => row.GetProperty("keys").EnumerateArray().Select(key => key.GetString())).ToList();
        Assert.Equal(["doi:10.1/a", "title:paper-a:2020", "openalex:W2112796928", "title:gradient-based-learning:1998"], keys);
    }

    [Fact]
    public async Task A_record_without_an_abstract_over_a_described_paper_keeps_its_extraction()
    {
        var server = Server(storedWithAbstract: true);
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper A").WithoutAbstract().Proposes("ResNet").Build()]);

        var names = SentNames(server);
        Assert.DoesNotContain("paper-writes.clear-extracted", names);
        Assert.DoesNotContain("paper-writes.roles", names);
        var paperRow = server.Statements.Single(request => NameByText[request.Statement!] == "paper-writes.papers").Parameters!.Value.GetProperty("rows")[0];
        Assert.True(paperRow.GetProperty("keepExtraction").GetBoolean());
    }
}

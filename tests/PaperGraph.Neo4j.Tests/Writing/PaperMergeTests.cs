using PaperGraph.Neo4j.Tests.Fakes;

namespace PaperGraph.Neo4j.Tests.Writing;

public sealed class PaperMergeTests
{
    private const string Described = "doi:10.1/attention";
    private const string Stub = "openalex:w2963403868";

    private static readonly Dictionary<string, string> NameByText =
        Neo4jStatementCatalog.All().ToDictionary(statement => statement.Text, statement => statement.Name, StringComparer.Ordinal);

    private static FakeQueryApi Server() => new()
    {
        Otherwise = request => NameByText.GetValueOrDefault(request.Statement ?? "") == "paper-writes.existing"
            ? QueryApiAnswers.Rows(["id", "linked", "stub", "described"],
                [[Stub, Array.Empty<string>(), true, false], [Described, new[] { "method:transformer" }, false, true]])
            : CannedGraphAnswers.Answer(request),
    };

    [Fact]
    public async Task Merge_keeps_the_described_paper_and_moves_the_other_in_one_transaction()
    {
        var server = Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        var kept = await store.MergePapersAsync([Stub, Described]);

        Assert.Equal(Described, kept);
        var merge = server.Statements.Where(r => NameByText.GetValueOrDefault(r.Statement!, "").StartsWith("paper-merge.", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["paper-merge.metadata", "paper-merge.keys", "paper-merge.references", "paper-merge.cited-by", "paper-merge.paper-counts", "paper-merge.remove"],
            merge.Select(r => NameByText[r.Statement!]));
        Assert.All(merge, r => Assert.Equal((Described, Stub),
            (r.Parameters!.Value.GetProperty("keep").GetString(), r.Parameters!.Value.GetProperty("gone").GetString())));
        Assert.Equal("store-state.bump-version", NameByText.GetValueOrDefault(server.Statements.Last().Statement!));
    }

    [Fact]
    public void Merged_citations_never_cite_the_kept_node_itself()
    {
        var statements = Neo4jStatementCatalog.All().Where(s => s.Name is "paper-merge.references" or "paper-merge.cited-by").ToList();

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Contains("<> keep", s.Text, StringComparison.Ordinal));
        Assert.All(statements, s => Assert.Contains("MERGE", s.Text, StringComparison.Ordinal));
    }
}

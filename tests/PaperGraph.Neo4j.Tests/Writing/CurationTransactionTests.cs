using System.Net;
using PaperGraph.Core.Curation;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;
using PaperGraph.Neo4j.Tests.Fakes;
using PaperGraph.Store.Contract;

namespace PaperGraph.Neo4j.Tests.Writing;

public sealed class CurationTransactionTests
{
    private static readonly Dictionary<string, string> NameByText = Neo4jStatementCatalog.All()
        .ToDictionary(statement => statement.Text, statement => statement.Name, StringComparer.Ordinal);

    [Fact]
    public async Task A_decision_takes_an_id_checks_versions_and_writes_entry_and_versions_in_one_committed_transaction()
    {
        var server = CannedGraphAnswers.Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);
        await store.InitializeAsync();
        server.Requests.Clear();

        var entry = (await store.AppendAsync(new NewCurationEntry(new MergeEntities("dataset:imagenet1k", "dataset:imagenet", "ImageNet"), "ann", "same", []),
            new Dictionary<string, long> { ["dataset:imagenet"] = 0 }, CurationRewrite.None)).Entry;

        Assert.Equal(["curation.next-entry-id", "curation.versions", "curation.append", "curation.bump-versions"], StatementNames(server));
        var append = server.Statements.Single(r => r.Statement == CurationStatements.Append.Text).Parameters!.Value;
        Assert.Equal(("ann", "same"), (append.GetProperty("curator").GetString(), append.GetProperty("note").GetString()));
        Assert.Contains("\"op\":\"merge\"", append.GetProperty("rule").GetString(), StringComparison.Ordinal);
        var bumped = server.Statements.Single(r => r.Statement == CurationStatements.BumpVersions.Text).Parameters!.Value;
        Assert.Equal(["dataset:imagenet1k", "dataset:imagenet"], bumped.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal((1, "/db/neo4j/query/v2/tx/tx-1/commit"), (entry.Id, server.Requests[^1].Path));
    }

    [Fact]
    public async Task A_stale_version_rolls_back_and_names_the_decision_that_won()
    {
        var server = CannedGraphAnswers.Server();
        server.Otherwise = request => request.Statement == CurationStatements.Versions.Text
            ? QueryApiAnswers.Rows(["key", "version", "entryId"], [["dataset:imagenet", 3, 1]])
            : CannedGraphAnswers.Answer(request);
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);
        await store.InitializeAsync();

        var conflict = await Assert.ThrowsAsync<CurationConflictException>(() => store.AppendAsync(
            new NewCurationEntry(new NotAnEntity("dataset:imagenet"), "bob", null, []), new Dictionary<string, long> { ["dataset:imagenet"] = 2 },
            CurationRewrite.None));

        Assert.Equal((3L, "ann"), (conflict.CurrentVersions["dataset:imagenet"], conflict.Latest!.Curator));
        Assert.DoesNotContain(server.Statements, r => r.Statement == CurationStatements.Append.Text);
        Assert.Equal((HttpMethod.Delete, "/db/neo4j/query/v2/tx/tx-1"), (server.Requests[^1].Method, server.Requests[^1].Path));
    }

    [Fact]
    public async Task A_decision_appends_its_entry_then_forgets_the_entities_writes_the_papers_and_removes_orphans_in_one_transaction()
    {
        var server = CannedGraphAnswers.Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);
        await store.InitializeAsync();
        server.Requests.Clear();

        await store.AppendAsync(new NewCurationEntry(Merge, "ann", null, []), NothingSeen,
            new CurationRewrite(Merge.EntityKeys(), [PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet").Build()]));

        var names = StatementNames(server);
        Assert.True(names.IndexOf("curation.append") < names.IndexOf("curation.forget"));
        Assert.True(names.IndexOf("curation.forget") < names.IndexOf("paper-writes.entities"));
        Assert.True(names.IndexOf("paper-writes.roles") < names.IndexOf("curation.remove-orphans"));
        var orphans = server.Statements.First(r => r.Statement == CurationStatements.RemoveOrphans.Text).Parameters!.Value;
        Assert.Equal(["dataset:imagenet1k", "dataset:imagenet"], orphans.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("/db/neo4j/query/v2/tx/tx-1/commit", server.Requests[^1].Path);
    }

    [Fact]
    public async Task An_undo_marks_the_entry_and_rewrites_its_papers_in_the_same_transaction()
    {
        var server = CannedGraphAnswers.Server();
        server.Otherwise = request => request.Statement == CurationStatements.Entry.Text
            ? QueryApiAnswers.Rows(["id", "rule", "curator", "at", "note", "paperIds", "undoneBy", "undoneAt"],
                [[4, CurationRuleJson.Write(Merge), "ann", "2026-01-01T00:00:00.0000000+00:00", null, new[] { "title:paper a" }, null, null]])
            : CannedGraphAnswers.Answer(request);
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);
        await store.InitializeAsync();
        server.Requests.Clear();

        await store.MarkUndoneAsync(4, "bob", NothingSeen,
            new CurationRewrite(Merge.EntityKeys(), [PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet-1K").Build()]));

        var names = StatementNames(server);
        Assert.True(names.IndexOf("curation.mark-undone") < names.IndexOf("curation.forget"));
        Assert.Contains("paper-writes.entities", names);
        Assert.Single(server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal("/db/neo4j/query/v2/tx/tx-1/commit", server.Requests[^1].Path);
    }

    [Fact]
    public async Task A_rewrite_that_fails_rolls_back_the_entry_it_was_written_with()
    {
        var server = CannedGraphAnswers.Server();
        server.Otherwise = request => request.Statement == CurationStatements.Forget.Text
            ? QueryApiAnswers.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", "forget failed")
            : CannedGraphAnswers.Answer(request);
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);
        await store.InitializeAsync();
        server.Requests.Clear();

        await Assert.ThrowsAnyAsync<Neo4jQueryException>(() => store.AppendAsync(new NewCurationEntry(Merge, "ann", null, []), NothingSeen,
            new CurationRewrite(Merge.EntityKeys(), [PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet").Build()])));

        Assert.Contains("curation.append", StatementNames(server));
        Assert.DoesNotContain(server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal((HttpMethod.Delete, "/db/neo4j/query/v2/tx/tx-1"), (server.Requests[^1].Method, server.Requests[^1].Path));
    }

    private static readonly MergeEntities Merge = new("dataset:imagenet1k", "dataset:imagenet", "ImageNet");

    private static readonly Dictionary<string, long> NothingSeen = [];

    private static List<string> StatementNames(FakeQueryApi server) =>
        server.Statements.Select(r => NameByText[r.Statement!]).ToList();
}

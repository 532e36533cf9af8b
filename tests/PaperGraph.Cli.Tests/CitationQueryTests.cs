using System.Text.Json;

namespace PaperGraph.Cli.Tests;

public sealed class CitationQueryTests : IDisposable
{
    private const string ArxivSnapshotLine =
        """{"id":"1706.03762","submitter":"Ashish Vaswani","authors":"Ashish Vaswani, Noam Shazeer","title":"Attention Is All You Need","doi":null,"abstract":"  The dominant sequence transduction models are based on complex recurrent or convolutional neural networks. We propose a new simple network architecture, the Transformer, based solely on attention mechanisms.","versions":[{"version":"v1","created":"Mon, 12 Jun 2017 17:57:34 GMT"}],"update_date":"2023-08-03","authors_parsed":[["Vaswani","Ashish",""],["Shazeer","Noam",""]]}""";

    private const string OpenAlexWork =
        """{"id":"https://openalex.org/W2626778328","doi":"https://doi.org/10.48550/arxiv.1706.03762","display_name":"Attention Is All You Need","publication_year":2017,"authorships":[{"author":{"display_name":"Ashish Vaswani"}}],"abstract_inverted_index":{"The":[0],"dominant":[1],"sequence":[2],"transduction":[3],"models":[4],"use":[5],"the":[6],"Transformer.":[7]},"referenced_works":["https://openalex.org/W2963403868","https://openalex.org/W1522301498"]}""";

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Citations_out_lists_the_45_referenced_works_of_the_openalex_work_as_imported_stubs()
    {
        await Run("import", Fixture("W2741809807.json"));

        var result = await Run("query", "citations", "openalex:W2741809807", "--direction", "out", "--json");

        var references = result.Json().GetProperty("references").EnumerateArray().ToList();
        Assert.Equal(45, references.Count);
        Assert.All(references, entry => Assert.True(entry.GetProperty("paper").GetProperty("isStub").GetBoolean()));
        Assert.All(references, entry => Assert.Equal("Imported", entry.GetProperty("origins")[0].GetString()));
        Assert.Empty(result.Json().GetProperty("citedBy").EnumerateArray());
    }

    [Fact]
    public async Task Stats_count_imported_papers_apart_from_stubs()
    {
        await Run("import", Fixture("W2741809807.json"));

        var statistics = (await Run("stats", "--json")).Json();

        Assert.Equal((1, 45, 45), (statistics.GetProperty("papers").GetInt32(), statistics.GetProperty("stubPapers").GetInt32(),
            statistics.GetProperty("relations").GetProperty("Cites").GetInt32()));
    }

    [Fact]
    public async Task Openalex_then_arxiv_data_for_one_paper_enrich_one_node_without_duplicating_relations()
    {
        await Run("import", _folder.Write("openalex.jsonl", OpenAlexWork + "\n"));
        var relationsBefore = (await Run("stats", "--json")).Json().GetProperty("relations").GetProperty("Cites").GetInt32();

        var second = await Run("import", _folder.Write("arxiv-snapshot.jsonl", ArxivSnapshotLine + "\n"), "--json");
        var paper = (await Run("query", "paper", "arxiv:1706.03762", "--json")).Json().GetProperty("paper");
        var statistics = (await Run("stats", "--json")).Json();

        Assert.Equal((0, 1), (second.Json().GetProperty("papersAdded").GetInt32(), second.Json().GetProperty("papersUpdated").GetInt32()));
        Assert.Equal(1, statistics.GetProperty("papers").GetInt32());
        Assert.Equal("W2626778328", paper.GetProperty("openAlexId").GetString()![^11..]);
        Assert.Equal("1706.03762", paper.GetProperty("arxivId").GetString());
        Assert.StartsWith("The dominant sequence transduction models are based", paper.GetProperty("abstract").GetString());
        Assert.Equal((2, 2), (relationsBefore, statistics.GetProperty("relations").GetProperty("Cites").GetInt32()));
    }

    [Fact]
    public async Task Related_papers_come_from_co_citation_and_coupling_with_the_reason()
    {
        // A and B cite the same two works; C cites both A and B.
        var lines = new[]
        {
            Semantic("a1", "Paper A", ["x1", "y1"]),
            Semantic("b1", "Paper B", ["x1", "y1"]),
            Semantic("c1", "Paper C", ["a1", "b1"]),
        };
        await Run("import", _folder.Write("s2.jsonl", string.Join('\n', lines) + "\n"));

        var related = (await Run("query", "related", "s2:a1", "--json")).Json().GetProperty("related").EnumerateArray().ToList();

        var b = related.Single(entry => entry.GetProperty("paper").GetProperty("id").GetString() == "s2:b1");
        Assert.Equal((1, 2), (b.GetProperty("coCitations").GetInt32(), b.GetProperty("sharedReferences").GetInt32()));
        Assert.Equal(
            ["shares 2 references with it (bibliographic coupling)", "cited together with it by 1 paper (co-citation)"],
            b.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()));
        Assert.Equal("s2:b1", related[0].GetProperty("paper").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Related_papers_include_papers_similar_in_text_once_suggestions_are_computed()
    {
        var lines = new[]
        {
            Semantic("a1", "Residual networks for image recognition", ["x1"], "Deep residual networks with identity shortcuts train very deep convolutional networks for image recognition."),
            Semantic("b1", "Identity shortcuts in residual networks", ["y1"], "Identity shortcuts let residual networks train very deep convolutional networks for image recognition."),
            Semantic("c1", "Parsing sentences with grammars", ["z1"], "A probabilistic grammar parses English sentences into dependency trees."),
        };
        await Run("import", _folder.Write("s2.jsonl", string.Join('\n', lines) + "\n"));
        await Run("suggest", "similar");

        var related = (await Run("query", "related", "s2:a1", "--json")).Json().GetProperty("related").EnumerateArray().ToList();

        var b = Assert.Single(related);
        Assert.Equal("s2:b1", b.GetProperty("paper").GetProperty("id").GetString());
        Assert.True(b.GetProperty("textSimilarity").GetDouble() > 0);
        Assert.StartsWith("similar text (", b.GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public async Task A_depth_beyond_the_limit_is_a_usage_error()
    {
        await Run("import", Fixture("W2741809807.json"));

        var result = await Run("query", "citations", "openalex:W2741809807", "--depth", "9");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--depth must be at most 5", result.Stderr);
    }

    private static string Semantic(string id, string title, string[] references, string? text = null) => JsonSerializer.Serialize(new
    {
        paperId = id,
        title,
        year = 2020,
        @abstract = text ?? $"We study {title}.",
        references = references.Select(reference => new { paperId = reference }),
    });

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private Task<CliResult> Run(params string[] args) => Cli.RunAsync(["--db", _folder.Database, .. args]);

    public void Dispose() => _folder.Dispose();
}

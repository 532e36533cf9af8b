using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Corpus;

public sealed class JsonLinesCorpusReaderTests : IDisposable
{
    private readonly CorpusFiles _files = new();

    [Fact]
    public async Task Optional_metadata_is_read_and_the_doi_gives_the_identity()
    {
        var path = _files.Write("papers.jsonl",
            "{\"title\": \"AlphaNet\", \"abstract\": \"We propose AlphaNet.\", \"doi\": \"https://doi.org/10.1000/ABC\", " +
            "\"year\": 2021, \"authors\": [\"Ada Lovelace\", \"Alan Turing\"], \"venue\": \"CVPR\", \"url\": \"https://example.org/a\"}\n");

        var paper = Assert.Single(await CorpusFiles.ReadAllAsync(path)).Paper!;

        Assert.Equal(new[] { "doi:10.1000/abc", "AlphaNet", "CVPR", "https://example.org/a" }, new[] { paper.Id, paper.Title, paper.Venue, paper.Url });
        Assert.Equal(2021, paper.Year);
        Assert.Equal(["Ada Lovelace", "Alan Turing"], paper.Authors!);
    }

    [Fact]
    public async Task An_id_shaped_like_an_arxiv_id_gives_the_identity()
    {
        var path = _files.Write("papers.jsonl", "{\"id\": \"1512.03385v1\", \"title\": \"Deep Residual Learning\", \"abstract\": \"We present ResNet.\"}\n");

        var paper = Assert.Single(await CorpusFiles.ReadAllAsync(path)).Paper!;

        Assert.Equal("arxiv:1512.03385", paper.Id);
    }

    [Fact]
    public async Task Without_doi_or_arxiv_id_the_identity_is_the_normalised_title()
    {
        var path = _files.Write("papers.jsonl", "{\"id\": 7, \"title\": \"  Deep   Residual Learning \", \"abstract\": \"We present ResNet.\"}\n");

        var paper = Assert.Single(await CorpusFiles.ReadAllAsync(path)).Paper!;

        Assert.Equal(PaperIdentity.For("Deep Residual Learning"), paper.Id);
        Assert.Equal("Deep Residual Learning", paper.Title);
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_rejects_the_record_naming_the_field()
    {
        var path = _files.Write("papers.jsonl", "{\"title\": \"AlphaNet\", \"abstract\": \"We propose AlphaNet.\", \"year\": \"soon\"}\n");

        var error = Assert.Single(await CorpusFiles.ReadAllAsync(path)).Error!;

        Assert.Equal(1, error.Line);
        Assert.Contains("\"year\"", error.Message);
    }

    [Fact]
    public async Task A_record_without_title_is_rejected()
    {
        var path = _files.Write("papers.jsonl", "\n\n{\"abstract\": \"We propose AlphaNet.\"}\n");

        var error = Assert.Single(await CorpusFiles.ReadAllAsync(path)).Error!;

        Assert.Equal(3, error.Line);
        Assert.Contains("missing title", error.Message);
    }

    [Fact]
    public async Task A_json_value_that_is_not_an_object_is_rejected()
    {
        var path = _files.Write("papers.jsonl", "\"AlphaNet\"\n");

        var error = Assert.Single(await CorpusFiles.ReadAllAsync(path, Core.Corpus.CorpusFormat.JsonLines)).Error!;

        Assert.Contains("expected a JSON object", error.Message);
    }

    [Fact]
    public async Task A_line_holding_an_array_yields_each_item_at_that_line()
    {
        var path = _files.Write("papers.jsonl",
            "[{\"title\": \"AlphaNet\", \"abstract\": \"We propose AlphaNet.\"}, 3]\n");

        var records = await CorpusFiles.ReadAllAsync(path, Core.Corpus.CorpusFormat.JsonLines);

        Assert.Equal("AlphaNet", records[0].Paper!.Title);
        Assert.Contains("expected a JSON object", records[1].Error!.Message);
        Assert.All(records, r => Assert.Equal(1, r.Line));
    }

    public void Dispose() => _files.Dispose();
}

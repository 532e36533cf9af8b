using System.Text.Json.Nodes;
using PaperGraph.Core.Corpus;

namespace PaperGraph.Core.Tests.Corpus.Formats;

/// <summary>A JSON Lines file whose first line is broken is still JSON Lines: that line is rejected and the rest is
/// imported (it used to be taken for one indented document and rejected as a whole).</summary>
public sealed class BrokenFirstLineTests : IDisposable
{
    private readonly CorpusFiles _files = new();

    [Theory]
    [InlineData("arxiv-metadata-oai-snapshot.json", CorpusFormat.ArxivSnapshot)]
    [InlineData("s2-open-corpus-test.jsonl", CorpusFormat.SemanticScholar)]
    public async Task A_truncated_first_line_rejects_that_line_and_keeps_the_rest(string fixture, CorpusFormat format)
    {
        var lines = File.ReadAllLines(CorpusFiles.Fixture(fixture)).Where(l => l.Length > 0).ToList();
        lines[0] = lines[0][..(lines[0].Length / 2)];
        var path = _files.Write("broken.jsonl", string.Join('\n', lines) + "\n");

        var records = await CorpusFiles.ReadAllAsync(path, format);

        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal((path, 1), (error.File, error.Line));
        Assert.Equal(lines.Count - 1, records.Count(r => r.Paper is not null));
    }

    [Fact]
    public async Task Openalex_works_lines_with_a_broken_first_line_keep_the_good_work()
    {
        var work = JsonNode.Parse(File.ReadAllText(CorpusFiles.Fixture("W2741809807.json")))!.ToJsonString();
        var path = _files.Write("works.jsonl", work[..100] + "\n" + work + "\n");

        var records = await CorpusFiles.ReadAllAsync(path, CorpusFormat.OpenAlex);

        Assert.Equal(1, Assert.Single(records, r => r.Error is not null).Error!.Line);
        Assert.Equal(2, Assert.Single(records, r => r.Paper is not null).Line);
    }

    [Fact]
    public async Task Plain_json_lines_with_a_broken_first_line_keep_the_rest()
    {
        var path = _files.Write("papers.jsonl",
            "{\"title\": \"AlphaNet\", \"abstract\": \"We pro\n{\"title\": \"BetaNet\", \"abstract\": \"We propose BetaNet.\"}\n");

        var records = await CorpusFiles.ReadAllAsync(path);

        Assert.Equal(1, Assert.Single(records, r => r.Error is not null).Error!.Line);
        Assert.Equal("BetaNet", Assert.Single(records, r => r.Paper is not null).Paper!.Title);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"title\": \"AlphaNet\"\n{\"title\": \"GammaNet\", \"abstract\": \"We pro")]
    public async Task First_lines_cut_to_a_brace_or_broken_twice_in_a_row_keep_the_rest(string broken)
    {
        var path = _files.Write("papers.jsonl", broken + "\n{\"title\": \"BetaNet\", \"abstract\": \"We propose BetaNet.\"}\n");

        var records = await CorpusFiles.ReadAllAsync(path, CorpusFormat.JsonLines);

        Assert.Equal("BetaNet", Assert.Single(records, r => r.Paper is not null).Paper!.Title);
        Assert.All(records.Where(r => r.Error is not null), r => Assert.True(r.Line < records.Single(p => p.Paper is not null).Line));
    }

    [Fact]
    public async Task An_indented_page_whose_only_work_sits_on_one_line_is_still_one_document()
    {
        var work = JsonNode.Parse(File.ReadAllText(CorpusFiles.Fixture("W2741809807.json")))!.ToJsonString();
        var path = _files.Write("page.json", "{\"meta\": {\"count\": 1}, \"results\": [\n" + work + "\n]}\n");

        var records = await CorpusFiles.ReadAllAsync(path, CorpusFormat.OpenAlex);

        Assert.Equal(1, Assert.Single(records).Line);
        Assert.NotNull(records[0].Paper);
    }

    [Fact]
    public async Task A_page_written_on_one_line_is_read_as_a_page()
    {
        var page = JsonNode.Parse(File.ReadAllText(CorpusFiles.Fixture("pyopenalex_works_list.json")))!;
        var path = _files.Write("page.json", page.ToJsonString() + "\n");

        var records = await CorpusFiles.ReadAllAsync(path, CorpusFormat.OpenAlex);

        Assert.Equal(page["results"]!.AsArray().Count, records.Count(r => r.Paper is not null));
    }

    public void Dispose() => _files.Dispose();
}

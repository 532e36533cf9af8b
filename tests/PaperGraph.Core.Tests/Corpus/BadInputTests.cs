using System.Text;
using PaperGraph.Core.Corpus;

namespace PaperGraph.Core.Tests.Corpus;

/// <summary>Each kind of bad input is rejected with the file and 1-based line; good records still come through.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly CorpusFiles _files = new();

    [Fact]
    public async Task Invalid_utf8_line_is_rejected_with_file_and_line_and_the_rest_is_read()
    {
        byte[] invalidSequence = [0xC3, 0x28];
        var bytes = Encoding.UTF8.GetBytes(SampleText.JsonLine("AlphaNet") + "\n{\"title\": \"Caf")
            .Concat(invalidSequence)
            .Concat(Encoding.UTF8.GetBytes("\"}\n" + SampleText.JsonLine("GammaNet") + "\n"))
            .ToArray();
        var path = _files.Write("papers.jsonl", bytes);

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal((path, 2), (error.File, error.Line));
        Assert.Contains("invalid UTF-8", error.Message);
        Assert.Equal(["AlphaNet", "GammaNet"], ValidTitlePrefixes(records));
    }

    [Fact]
    public async Task Binary_file_is_rejected_as_a_whole_naming_the_line_of_the_first_nul()
    {
        var bytes = Encoding.UTF8.GetBytes("PK header\nmore\n").Concat(new byte[] { 0x50, 0x00, 0x03, 0x04 }).ToArray();
        var path = _files.Write("archive.txt", bytes);

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records).Error!;
        Assert.Equal((path, 3), (error.File, error.Line));
        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public async Task Line_of_10_MB_is_rejected_without_stopping_the_file()
    {
        var text = SampleText.JsonLine("AlphaNet") + "\n" + new string('x', 10 * 1024 * 1024) + "\n" + SampleText.JsonLine("GammaNet") + "\n";
        var path = _files.Write("papers.jsonl", text);

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal((path, 2), (error.File, error.Line));
        Assert.Contains("over the limit", error.Message);
        Assert.Equal(["AlphaNet", "GammaNet"], ValidTitlePrefixes(records));
    }

    [Fact]
    public async Task Truncated_json_line_is_rejected_and_the_other_lines_are_read()
    {
        var truncated = SampleText.JsonLine("BetaNet")[..60];
        var path = _files.Write("papers.jsonl", $"{SampleText.JsonLine("AlphaNet")}\n{truncated}\n{SampleText.JsonLine("GammaNet")}\n");

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal((path, 2), (error.File, error.Line));
        Assert.Contains("invalid JSON", error.Message);
        Assert.Equal(["AlphaNet", "GammaNet"], ValidTitlePrefixes(records));
    }

    [Fact]
    public async Task Empty_abstract_in_json_lines_is_rejected_with_its_line()
    {
        var path = _files.Write("papers.jsonl", $"{SampleText.JsonLine("AlphaNet")}\n{{\"title\": \"BetaNet\", \"abstract\": \"  \"}}\n");

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal((path, 2), (error.File, error.Line));
        Assert.Contains("empty abstract", error.Message);
    }

    [Fact]
    public async Task Empty_abstract_in_a_listing_rejects_that_title_only()
    {
        var listing = SampleText.Listing("AlphaNet") + "BetaNet: Nothing Follows\n" + SampleText.Listing("GammaNet").Split('\n', 2)[1];
        var path = _files.Write("listing.txt", listing);

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal((path, 4), (error.File, error.Line));
        Assert.Contains("empty abstract", error.Message);
        Assert.Equal(["AlphaNet", "GammaNet"], ValidTitlePrefixes(records));
    }

    [Fact]
    public async Task Duplicate_title_in_one_file_is_rejected_at_its_second_line()
    {
        var path = _files.Write("papers.jsonl", string.Join('\n', SampleText.JsonLine("AlphaNet"), SampleText.JsonLine("BetaNet"), SampleText.JsonLine("AlphaNet")));

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal((path, 3), (error.File, error.Line));
        Assert.Contains("duplicate title", error.Message);
        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public async Task Unknown_format_is_rejected_at_line_1()
    {
        var path = _files.Write("table.csv", "id,name\n1,AlphaNet\n2,BetaNet\n");

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records).Error!;
        Assert.Equal((path, 1), (error.File, error.Line));
        Assert.Contains("unknown format", error.Message);
    }

    [Fact]
    public async Task Missing_file_is_rejected_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"papergraph-missing-{Guid.NewGuid():N}.jsonl");

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records).Error!;
        Assert.Equal(path, error.File);
        Assert.Contains("cannot open", error.Message);
    }

    private static List<string> ValidTitlePrefixes(IEnumerable<CorpusRecord> records) =>
        records.Where(r => r.Paper is not null).Select(r => r.Paper!.Title.Split(':')[0]).ToList();

    public void Dispose() => _files.Dispose();
}

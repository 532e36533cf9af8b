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
    public async Task A_nul_byte_on_line_3_rejects_that_record_and_keeps_the_rest()
    {
        var bytes = Encoding.UTF8.GetBytes($"{SampleText.JsonLine("AlphaNet")}\n{SampleText.JsonLine("BetaNet")}\n{{\"title\": \"Gamma")
            .Append((byte)0)
            .Concat(Encoding.UTF8.GetBytes($"Net\"}}\n{SampleText.JsonLine("DeltaNet")}\n"))
            .ToArray();
        var path = _files.Write("papers.jsonl", bytes);

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal((path, 3), (error.File, error.Line));
        Assert.Contains("NUL byte", error.Message);
        Assert.Equal(["AlphaNet", "BetaNet", "DeltaNet"], ValidTitlePrefixes(records));
    }

    [Theory]
    [InlineData("paper.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x7B, 0x0A }, "PDF")]
    [InlineData("papers.jsonl.gz", new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03 }, "gzip")]
    [InlineData("papers.jsonl", new byte[] { 0x7B, 0x00, 0x22, 0x00, 0x74, 0x00, 0x0A, 0x00 }, "NUL bytes")]
    public async Task A_file_binary_throughout_is_rejected_as_a_whole(string name, byte[] bytes, string kind)
    {
        var path = _files.Write(name, bytes);

        var records = await CorpusFiles.ReadAllAsync(path, CorpusFormat.JsonLines);

        var error = Assert.Single(records).Error!;
        Assert.Equal((path, 1), (error.File, error.Line));
        Assert.Contains($"binary file ({kind})", error.Message);
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

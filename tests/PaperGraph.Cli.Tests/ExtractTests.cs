using System.Text.Json;

namespace PaperGraph.Cli.Tests;

public sealed class ExtractTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Extract_writes_one_json_line_per_sample_paper_without_a_database()
    {
        var result = await Cli.RunAsync("--db", _folder.Database, "extract", Cli.SampleCorpusPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(240, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("CSPNet: A New Backbone that can Enhance Learning Capability of CNN", first.GetProperty("title").GetString());
        Assert.True(first.GetProperty("datasets").GetArrayLength() > 0);
        var mention = first.GetProperty("mentions")[0];
        Assert.True(mention.GetProperty("end").GetInt32() > mention.GetProperty("start").GetInt32());
        Assert.False(File.Exists(_folder.Database));
    }

    [Fact]
    public async Task Extract_in_lines_format_gives_each_text_its_0_based_line()
    {
        var path = _folder.Write("sentences.txt", "IMDB and Elec are for sentiment classification .\n\nWe evaluate on CIFAR-10 and ImageNet .\n");

        var result = await Cli.RunAsync("extract", path, "--format", "lines");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([0, 2], lines.Select(l => l.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task Extract_reports_bad_records_on_stderr_and_exits_with_2()
    {
        var path = _folder.Write("notes.csv", "a,b\n1,2\n");

        var result = await Cli.RunAsync("extract", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:1: unknown format", result.Stderr);
    }

    public void Dispose() => _folder.Dispose();
}

namespace PaperGraph.Cli.Tests.Bench;

/// <summary>The benchmark runs end to end on a small corpus; its figures are measured, never asserted.</summary>
public sealed class BenchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Bench_on_a_small_replica_reports_every_measure()
    {
        var result = await Cli.RunAsync("bench", "--papers", "500", "--runs", "5", "--corpus", Cli.SampleCorpusPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var measure in new[] { "500 papers", "abstracts/s", "papers/s", "reports-on ImageNet", "p95" })
        {
            Assert.Contains(measure, result.Stdout);
        }
    }

    [Fact]
    public async Task Bench_keeps_its_database_as_a_new_file_when_asked()
    {
        var kept = _folder.File("replica.db");

        var result = await Cli.RunAsync("bench", "--papers", "300", "--runs", "5", "--corpus", Cli.SampleCorpusPath, "--keep-db", kept);

        Assert.True(result.ExitCode == 0, result.ToString());
        var stats = await Cli.RunAsync("--db", kept, "stats");
        Assert.Matches(@"Papers\s*│\s*300\s", stats.Stdout);
    }

    [Fact]
    public async Task Bench_refuses_to_keep_its_database_over_an_existing_file()
    {
        var existing = _folder.Write("taken.db", "not a database");

        var result = await Cli.RunAsync("bench", "--papers", "10", "--corpus", Cli.SampleCorpusPath, "--keep-db", existing);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("exists", result.Stderr);
        Assert.Equal("not a database", File.ReadAllText(existing));
    }

    [Fact]
    public async Task Bench_with_neo4j_reports_request_body_and_csv_throughput()
    {
        var result = await Cli.RunAsync("bench", "--neo4j", "--papers", "300", "--corpus", Cli.SampleCorpusPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var measure in new[] { "300 papers", "Query API request bodies", "neo4j-admin CSV files", "papers/s" })
        {
            Assert.Contains(measure, result.Stdout);
        }
    }

    [Fact]
    public async Task Bench_arxiv_stream_reads_back_every_generated_record()
    {
        var result = await Cli.RunAsync("bench", "--arxiv-stream", "2000");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var measure in new[] { "2,000 arXiv snapshot records", "2,000 papers, 0 rejected", "records/s", "Peak managed heap" })
        {
            Assert.Contains(measure, result.Stdout);
        }
    }

    public void Dispose() => _folder.Dispose();
}

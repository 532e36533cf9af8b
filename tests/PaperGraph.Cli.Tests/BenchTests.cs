namespace PaperGraph.Cli.Tests;

/// <summary>The benchmark runs end to end on a small corpus; its figures are measured, never asserted.</summary>
public sealed class BenchTests
{
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
}

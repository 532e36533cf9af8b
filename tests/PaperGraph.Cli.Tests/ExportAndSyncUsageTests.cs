namespace PaperGraph.Cli.Tests;

public sealed class ExportAndSyncUsageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Export_needs_exactly_one_target()
    {
        var neither = await Cli.RunAsync("--db", _folder.Database, "export");
        var both = await Cli.RunAsync("--db", _folder.Database, "export", "--neo4j-csv", _folder.File("csv"), "--cypher", _folder.File("g.cypher"));

        Assert.Equal(2, neither.ExitCode);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("exactly one of --neo4j-csv DIR and --cypher FILE", neither.Stderr);
    }

    [Fact]
    public async Task Export_of_a_missing_database_is_bad_usage_and_creates_nothing()
    {
        var result = await Cli.RunAsync("--db", _folder.Database, "export", "--cypher", _folder.File("g.cypher"));

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(_folder.Database));
    }

    [Fact]
    public async Task Sync_only_copies_into_neo4j()
    {
        var result = await Cli.RunAsync("--db", _folder.Database, "sync", "--to", "sqlite", "--neo4j-uri", "http://localhost:7474");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Sync_needs_the_server_address()
    {
        var result = await Cli.RunAsync("--db", _folder.Database, "sync", "--to", "neo4j");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--neo4j-uri", result.Stderr);
    }

    public void Dispose() => _folder.Dispose();
}

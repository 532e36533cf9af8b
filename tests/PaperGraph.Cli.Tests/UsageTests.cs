namespace PaperGraph.Cli.Tests;

public sealed class UsageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("import")]
    [InlineData("query")]
    [InlineData("query", "reports-on")]
    [InlineData("query", "reports-on", "ImageNet", "--limit", "0")]
    [InlineData("import", "x.txt", "--format", "pdf")]
    [InlineData("extract", "x.txt", "--format", "csv")]
    public async Task Bad_usage_exits_with_2_and_explains_on_stderr(params string[] args)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error:", result.Stderr);
        Assert.Contains("--help", result.Stderr);
    }

    [Fact]
    public async Task Help_lists_every_command_and_exits_with_0()
    {
        var result = await Cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "import", "extract", "query", "stats", "bench", "--db" })
        {
            Assert.Contains(command, result.Stdout);
        }
    }

    [Fact]
    public async Task Query_help_lists_its_subcommands()
    {
        var result = await Cli.RunAsync("query", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "reports-on", "paper", "entity", "search", "matrix" })
        {
            Assert.Contains(command, result.Stdout);
        }
    }

    [Fact]
    public async Task Query_against_a_missing_database_exits_with_2_and_creates_nothing()
    {
        var result = await Cli.RunAsync("--db", _folder.Database, "stats");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no database", result.Stderr);
        Assert.False(File.Exists(_folder.Database));
    }

    public void Dispose() => _folder.Dispose();
}

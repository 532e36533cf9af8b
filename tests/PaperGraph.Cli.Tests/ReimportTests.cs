namespace PaperGraph.Cli.Tests;

public sealed class ReimportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Importing_the_same_corpus_twice_updates_papers_and_keeps_every_count()
    {
        await Run("import", Cli.SampleCorpusPath);
        var before = (await Run("stats", "--json")).Stdout;

        var second = await Run("import", Cli.SampleCorpusPath, "--json");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal((0, 240), (second.Json().GetProperty("papersAdded").GetInt32(), second.Json().GetProperty("papersUpdated").GetInt32()));
        Assert.Equal(before, (await Run("stats", "--json")).Stdout);
    }

    private Task<CliResult> Run(params string[] args) => Cli.RunAsync(["--db", _folder.Database, .. args]);

    public void Dispose() => _folder.Dispose();
}

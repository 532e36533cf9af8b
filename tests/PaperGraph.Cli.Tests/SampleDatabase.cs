namespace PaperGraph.Cli.Tests;

/// <summary>A temp SQLite database holding the sample corpus, imported once through the CLI.</summary>
public sealed class SampleDatabase : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string Path => _folder.Database;

    internal CliResult Import { get; private set; } = null!;

    internal Task<CliResult> RunAsync(params string[] args) => Cli.RunAsync(["--db", Path, .. args]);

    public async Task InitializeAsync() => Import = await RunAsync("import", Cli.SampleCorpusPath, "--json");

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

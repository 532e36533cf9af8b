using System.Text.Json;

namespace PaperGraph.Cli.Tests;

/// <summary>The sample corpus plus a paper with hostile text, imported once and exported both ways through the CLI.</summary>
public sealed class ExportedSample : IAsyncLifetime
{
    public const string HostileId = "doi:10.1/hostile";

    public const string HostileAbstract =
        "We say \"ResNet, \"\"deep\"\"\" reaches 80.1% top-1 accuracy on ImageNet,\r\nthen 'quote' \\ backslash, a line\nbreak, " +
        "a tab\t, a unit separator \u001F, a formula =1+2 and unicode: é 𝔸 ✓.";

    public const string HostileTitle = "Hostile, \"quoted\" 'title' \\ with; commas";

    private readonly TempFolder _folder = new();

    public string CsvDirectory => _folder.File("csv");

    public string CypherScript => _folder.File("graph.cypher");

    public string Database => _folder.Database;

    internal CliResult CsvExport { get; private set; } = null!;

    internal CliResult CypherExport { get; private set; } = null!;

    internal Task<CliResult> RunAsync(params string[] args) => Cli.RunAsync(["--db", Database, .. args]);

    public async Task InitializeAsync()
    {
        var hostile = JsonSerializer.Serialize(new
        {
            doi = "10.1/hostile", title = HostileTitle, @abstract = HostileAbstract, year = 2024, authors = new[] { "A. \"Q\" O'Neil", "B, C" },
        });
        await RunAsync("import", Cli.SampleCorpusPath, _folder.Write("hostile.jsonl", hostile + "\n"));
        CsvExport = await RunAsync("export", "--neo4j-csv", CsvDirectory);
        CypherExport = await RunAsync("export", "--cypher", CypherScript);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

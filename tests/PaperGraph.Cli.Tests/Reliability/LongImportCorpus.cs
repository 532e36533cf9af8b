using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PaperGraph.Cli.Tests.Reliability;

/// <summary>A generated corpus of <see cref="Papers"/> papers (2,000 unless PAPERGRAPH_LONG_PAPERS says otherwise: large enough that a kill lands mid-batch, small enough for every CI run; set 20000 for the full measure)
/// and a clean import of it by the real CLI, timed: the reference the long reliability tests compare with.</summary>
public sealed class LongImportCorpus : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public static int Papers { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("PAPERGRAPH_LONG_PAPERS"), NumberStyles.None, CultureInfo.InvariantCulture, out var papers) ? papers : 2_000;

    public string CorpusPath => _folder.File("corpus.jsonl");

    public string CleanDatabase => _folder.File("clean.db");

    public TimeSpan CleanImportTime { get; private set; }

    /// <summary>The clean import's <c>stats --json</c>.</summary>
    public string CleanStatistics { get; private set; } = "";

    public string File(string name) => _folder.File(name);

    public async Task InitializeAsync()
    {
        await ReplicaCorpus.WriteAsync(CorpusPath, Papers);
        var clock = Stopwatch.StartNew();
        var import = await CliProcess.RunAsync("--db", CleanDatabase, "import", CorpusPath);
        CleanImportTime = clock.Elapsed;
        Assert.True(import.ExitCode == 0, import.ToString());
        CleanStatistics = await StatisticsAsync(CleanDatabase);
    }

    public static async Task<string> StatisticsAsync(string database)
    {
        var stats = await CliProcess.RunAsync("--db", database, "stats", "--json");
        Assert.True(stats.ExitCode == 0, stats.ToString());
        return stats.Stdout;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The long tests share one corpus and clean import, and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class LongImportCollection : ICollectionFixture<LongImportCorpus>
{
    public const string Name = "Long import";
}

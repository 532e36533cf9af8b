using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Sqlite;

namespace PaperGraph.Cli.Tests;

/// <summary>What <c>sync</c> copies: the stored papers read back as records and written into a fresh store give the same graph.</summary>
public sealed class StoreCopyTests(SampleDatabase sample) : IClassFixture<SampleDatabase>, IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_copy_into_a_fresh_store_has_the_same_statistics()
    {
        using var source = new SqliteGraphStore(new SqliteGraphStoreOptions { DatabasePath = sample.Path });
        using var copy = await CopyAsync(source);

        Assert.Equal(Flatten(await source.GetStatisticsAsync()), Flatten(await copy.GetStatisticsAsync()));
    }

    [Fact]
    public async Task A_copy_into_a_fresh_store_answers_reports_on_as_the_original()
    {
        using var source = new SqliteGraphStore(new SqliteGraphStoreOptions { DatabasePath = sample.Path });
        using var copy = await CopyAsync(source);
        var query = new ReportsOnQuery("ImageNet", Limit: 500);

        Assert.Equal(Describe(await source.GetReportsOnAsync(query)), Describe(await copy.GetReportsOnAsync(query)));
    }

    [Fact]
    public async Task Copying_counts_every_paper_as_added_and_reports_progress()
    {
        using var source = new SqliteGraphStore(new SqliteGraphStoreOptions { DatabasePath = sample.Path });
        using var target = new SqliteGraphStore(new SqliteGraphStoreOptions { DatabasePath = _folder.File("copy.db") });
        var progress = new List<int>();

        var summary = await StoreCopy.CopyAsync(source, target, batchSize: 100, progress.Add, CancellationToken.None);

        Assert.Equal(240, summary.PapersAdded);
        Assert.Equal([100, 200, 240], progress);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<SqliteGraphStore> CopyAsync(SqliteGraphStore source)
    {
        var target = new SqliteGraphStore(new SqliteGraphStoreOptions { DatabasePath = _folder.File($"copy-{Guid.NewGuid():N}.db") });
        await StoreCopy.CopyAsync(source, target, batchSize: 64, progress: null, CancellationToken.None);
        return target;
    }

    private static string Flatten(GraphStatistics statistics) =>
        $"{statistics.Papers} {statistics.Results} {statistics.TotalRelations} " +
        string.Join(' ', statistics.Entities.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}={pair.Value}")) + " " +
        string.Join(' ', statistics.Relations.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}={pair.Value}"));

    private static string Describe(ReportsOnPage? page) => page is null
        ? "none"
        : $"{page.TotalPapers} {page.PapersWithResults}\n" + string.Join('\n', page.Papers.Select(paper =>
            paper.Paper.Id + ": " + string.Join("; ", paper.Results.Select(result => $"{result.Metric} {result.Value} {result.Rank}"))));
}

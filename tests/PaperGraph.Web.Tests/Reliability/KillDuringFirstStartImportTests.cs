using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Sqlite;
using PaperGraph.Sqlite.Maintenance;
using PaperGraph.Web.Hosting;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Tests.Reliability;

/// <summary>The web app killed (SIGKILL) at random moments of its first-start import of the seed corpus, on a fresh
/// database: after each kill the database is intact and answers queries, and the next start finishes the import with
/// exactly the counts of a clean one.</summary>
[Trait("Category", "Long")]
public sealed class KillDuringFirstStartImportTests : IDisposable
{
    private const int Kills = 12;
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MarkerPoll = TimeSpan.FromMilliseconds(10);

    private readonly string _folder = Directory.CreateTempSubdirectory("papergraph-web-kill-").FullName;
    private readonly string _seedCorpus = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "import", "seed-abstracts.txt");

    [Fact]
    public async Task An_app_killed_during_its_first_start_import_finishes_it_on_the_next_start_with_the_clean_counts()
    {
        var (cleanCounts, importTime) = await CleanImportAsync();
        var database = Path.Combine(_folder, "killed.db");
        var marker = new SeedImportMarker(database);
        var random = new Random(11);
        var killedMidImport = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            using var app = WebAppProcess.Start(database, _seedCorpus);
            await WaitForMarkerAsync(marker, app);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, Math.Max(1, (int)importTime.TotalMilliseconds))));
            await app.KillAsync();

            Assert.Null(await DatabaseCheck.ProblemAsync(database));
            await AssertStoreAnswersAsync(database);
            if (marker.IsPending)
            {
                killedMidImport++;
            }
            else
            {
                // The kill came after the import had finished: the next start begins a first-start import anew.
                DeleteDatabase(database);
            }
        }

        using (var restarted = WebAppProcess.Start(database, _seedCorpus))
        {
            Assert.NotEqual(ImportState.Failed, (await restarted.WaitForImportAsync(ImportTimeout)).State);
            await restarted.KillAsync();
        }

        Assert.True(killedMidImport >= Kills / 2, $"Only {killedMidImport} of {Kills} kills landed during the import.");
        Assert.False(marker.IsPending);
        Assert.Equal(cleanCounts, await CountsAsync(database));
    }

    /// <summary>An import nobody kills: its counts, and how long the import itself took (from the marker's appearing).</summary>
    private async Task<(string Counts, TimeSpan ImportTime)> CleanImportAsync()
    {
        var database = Path.Combine(_folder, "clean.db");
        using var app = WebAppProcess.Start(database, _seedCorpus);
        await WaitForMarkerAsync(new SeedImportMarker(database), app);
        var clock = Stopwatch.StartNew();
        Assert.Equal(ImportState.Completed, (await app.WaitForImportAsync(ImportTimeout)).State);
        var importTime = clock.Elapsed;
        await app.KillAsync();
        return (await CountsAsync(database), importTime);
    }

    /// <summary>Waits until the app has begun its import (on a fresh database, or one whose import was cut short).</summary>
    private static async Task WaitForMarkerAsync(SeedImportMarker marker, WebAppProcess app)
    {
        using var timeout = new CancellationTokenSource(ImportTimeout);
        while (!marker.IsPending)
        {
            Assert.False(app.HasExited, "The web app stopped before it began its import.");
            await Task.Delay(MarkerPoll, timeout.Token);
        }
    }

    private static async Task AssertStoreAnswersAsync(string database)
    {
        using var store = new SqliteGraphStore(new SqliteGraphStoreOptions { DatabasePath = database });
        await store.GetStatisticsAsync();
        await store.SearchAsync(new SearchQuery("ImageNet", new HashSet<NodeKind>()));
    }

    /// <summary>The store's statistics, as JSON: every count of papers, entities by type, relations by type, results.</summary>
    private static async Task<string> CountsAsync(string database)
    {
        using var store = new SqliteGraphStore(new SqliteGraphStoreOptions { DatabasePath = database });
        return JsonSerializer.Serialize(await store.GetStatisticsAsync());
    }

    private static void DeleteDatabase(string database)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

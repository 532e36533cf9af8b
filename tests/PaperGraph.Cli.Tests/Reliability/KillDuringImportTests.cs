using PaperGraph.Sqlite.Maintenance;

namespace PaperGraph.Cli.Tests.Reliability;

/// <summary><c>papergraph import</c> killed (SIGKILL) at 20 random moments: after each kill the database is intact
/// and answers queries, and importing the same file again ends with exactly the counts of a clean import.</summary>
[Trait("Category", "Long")]
[Collection(LongImportCollection.Name)]
public sealed class KillDuringImportTests(LongImportCorpus corpus)
{
    private const int Kills = 20;

    [Fact]
    public async Task An_import_killed_at_random_moments_loses_nothing_and_finishes_with_the_clean_counts()
    {
        var database = corpus.File("killed.db");
        var random = new Random(20_000);
        var killedMidImport = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            var delay = TimeSpan.FromMilliseconds(random.Next(300, Math.Max(400, (int)corpus.CleanImportTime.TotalMilliseconds)));
            using var import = CliProcess.StartDiscardingOutput("--db", database, "import", corpus.CorpusPath);
            await Task.WhenAny(import.WaitForExitAsync(), Task.Delay(delay));
            if (!import.HasExited)
            {
                import.Kill(); // SIGKILL on Unix: no chance to clean up.
                await import.WaitForExitAsync();
                killedMidImport++;
            }

            if (File.Exists(database))
            {
                Assert.Null(await DatabaseCheck.ProblemAsync(database));
                await LongImportCorpus.StatisticsAsync(database);
            }
        }

        var final = await CliProcess.RunAsync("--db", database, "import", corpus.CorpusPath);

        Assert.True(final.ExitCode == 0, final.ToString());
        Assert.True(killedMidImport >= Kills / 2, $"Only {killedMidImport} of {Kills} imports were killed before they finished.");
        Assert.Equal(corpus.CleanStatistics, await LongImportCorpus.StatisticsAsync(database));
    }
}

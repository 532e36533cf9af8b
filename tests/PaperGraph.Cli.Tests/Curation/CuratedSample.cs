using System.Text.Json;
using PaperGraph.Cli.Stores;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Queries;

namespace PaperGraph.Cli.Tests.Curation;

/// <summary>A fresh SQLite file holding the sample corpus, opened through the same services the CLI uses, with what
/// curation tests compare before and after an operation.</summary>
internal sealed class CuratedSample : IAsyncDisposable
{
    public static readonly CurationRequest Ann = new("ann");

    private readonly TempFolder _folder = new();
    private DatabaseSession _session = null!;

    public string DatabasePath => _folder.Database;

    public CurationService Curation => _session.Get<CurationService>();

    public IGraphStore Store => _session.Store;

    public T Get<T>() where T : notnull => _session.Get<T>();

    public static async Task<CuratedSample> ImportAsync()
    {
        var sample = new CuratedSample();
        sample._session = await DatabaseSession.OpenAsync(new SqliteStoreSelection(sample._folder.Database), CancellationToken.None);
        await sample.ImportAgainAsync();
        return sample;
    }

    public Task ImportAgainAsync() => _session.Importer.ImportAsync([Cli.SampleCorpusPath]);

    /// <summary>Entity pages (names, aliases, parent, variants, papers, co-occurring), leaderboards and graph statistics, as
    /// JSON: equal snapshots mean the same graph as far as these entities show it.</summary>
    public async Task<string> SnapshotAsync(params string[] entityKeys)
    {
        var pages = new List<object?>();
        foreach (var key in entityKeys)
        {
            pages.Add(await Store.GetEntityAsync(key, paperLimit: 1000));
            pages.Add(await _session.Get<LeaderboardService>().GetAsync(key, everyValue: true));
        }
        pages.Add(await Store.GetStatisticsAsync());
        pages.Add(await Store.GetMatrixAsync());
        return JsonSerializer.Serialize(pages);
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Store.Contract;

namespace PaperGraph.Sqlite.Tests;

public sealed class BatchAtomicityTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly SqliteGraphStore _store;
    private readonly PaperRecordBuilder _existing = PaperRecordBuilder.Paper("Existing paper").WithAbstract("Original abstract.").Proposes("ResNet");

    public BatchAtomicityTests() => _store = _database.OpenStore();

    [Fact]
    public async Task A_record_violating_a_constraint_rolls_back_the_whole_batch()
    {
        await _store.UpsertAsync([_existing.Build()]);
        var invalid = PaperRecordBuilder.Paper("Invalid").Build();
        var batch = new[]
        {
            PaperRecordBuilder.Paper("New paper").Uses("VGG").Build(),
            _existing.WithAbstract("Changed abstract.").Build(),
            invalid with { Paper = invalid.Paper with { Title = null! } },
        };

        await Assert.ThrowsAsync<SqliteException>(() => _store.UpsertAsync(batch));

        await AssertOnlyExistingPaperIsStoredAsync();
    }

    [Fact]
    public async Task Cancelling_mid_batch_rolls_back_the_whole_batch()
    {
        await _store.UpsertAsync([_existing.Build()]);
        using var cancellation = new CancellationTokenSource();
        var batch = new ObservedBatch(
            [PaperRecordBuilder.Paper("New paper").Uses("VGG").Build(), _existing.WithAbstract("Changed abstract.").Build(), PaperRecordBuilder.Paper("Last").Build()],
            onItem: index =>
            {
                if (index == 2)
                {
                    cancellation.Cancel();
                }
            });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.UpsertAsync(batch, cancellation.Token));

        await AssertOnlyExistingPaperIsStoredAsync();
    }

    [Fact]
    public async Task Entities_of_a_rolled_back_batch_are_created_again_by_the_next_batch()
    {
        var invalid = PaperRecordBuilder.Paper("Invalid").Build();
        var failing = new[]
        {
            PaperRecordBuilder.Paper("First try").EvaluatedOn("ImageNet-1K", parent: "ImageNet", "IN-1K").Build(),
            invalid with { Paper = invalid.Paper with { Title = null! } },
        };
        await Assert.ThrowsAsync<SqliteException>(() => _store.UpsertAsync(failing));

        var summary = await _store.UpsertAsync([failing[0]]);

        Assert.Equal(2, summary.EntitiesAdded);
        var entity = await _store.GetEntityAsync("dataset:imagenet1k");
        Assert.Equal(["IN-1K"], entity!.Aliases);
        Assert.Equal("dataset:imagenet", entity.Parent!.Key);
    }

    [Fact]
    public async Task Readers_see_the_last_committed_state_while_a_batch_is_written()
    {
        await _store.UpsertAsync([_existing.Build()]);
        var seenDuringWrite = -1;
        var batch = new ObservedBatch(
            [PaperRecordBuilder.Paper("New paper").Build(), PaperRecordBuilder.Paper("Another").Build()],
            onItem: index =>
            {
                if (index == 1)
                {
                    // A second connection reads while the write transaction is open: WAL lets it through.
                    seenDuringWrite = _store.GetStatisticsAsync().GetAwaiter().GetResult().Papers;
                }
            });

        await _store.UpsertAsync(batch);

        Assert.Equal(1, seenDuringWrite);
        Assert.Equal(3, (await _store.GetStatisticsAsync()).Papers);
    }

    [Fact]
    public async Task Data_persists_across_reopening_the_file()
    {
        await _store.UpsertAsync([_existing.Reports("ImageNet", "top-1 error", 21).Build()]);

        using var reopened = _database.OpenStore();
        await reopened.InitializeAsync();

        Assert.Equal("Original abstract.", (await reopened.GetPaperAsync(_existing.Id))!.Paper.Abstract);
        Assert.Equal(1, (await reopened.GetReportsOnAsync(new ReportsOnQuery("ImageNet")))!.TotalPapers);
    }

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
    }

    private async Task AssertOnlyExistingPaperIsStoredAsync()
    {
        var stats = await _store.GetStatisticsAsync();
        Assert.Equal(1, stats.Papers);
        Assert.Equal(1, stats.Entities.Values.Sum());
        Assert.Equal("Original abstract.", (await _store.GetPaperAsync(_existing.Id))!.Paper.Abstract);
        Assert.Empty(await _store.SearchAsync(new SearchQuery("changed")));
    }

    /// <summary>A batch that reports each record as the store takes it, to act in the middle of a write.</summary>
    private sealed class ObservedBatch(IReadOnlyList<PaperRecord> records, Action<int> onItem) : IReadOnlyList<PaperRecord>
    {
        public int Count => records.Count;

        public PaperRecord this[int index]
        {
            get
            {
                onItem(index);
                return records[index];
            }
        }

        public IEnumerator<PaperRecord> GetEnumerator()
        {
            for (var i = 0; i < records.Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

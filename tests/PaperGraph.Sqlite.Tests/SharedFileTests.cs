using PaperGraph.Core.Graph.Queries;
using PaperGraph.Store.Contract;

namespace PaperGraph.Sqlite.Tests;

/// <summary>Two store instances on one file stand for two processes (say the CLI importing while the web app reads).</summary>
public sealed class SharedFileTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly SqliteGraphStore _reader;
    private readonly SqliteGraphStore _writer;

    public SharedFileTests()
    {
        _reader = _database.OpenStore();
        _writer = _database.OpenStore();
    }

    [Fact]
    public async Task Reports_on_sees_results_written_by_another_store_instance()
    {
        await _writer.UpsertAsync([PaperRecordBuilder.Paper("First").Reports("ImageNet", "top-1 error", 30).Build()]);
        await _reader.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        await _writer.UpsertAsync([PaperRecordBuilder.Paper("Second").Reports("ImageNet", "top-1 error", 20).Build()]);
        var page = await _reader.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal(2, page!.TotalPapers);
        Assert.Equal("Second", page.Papers[0].Paper.Title);
    }

    [Fact]
    public async Task Concurrent_batches_from_two_instances_both_commit()
    {
        var first = Enumerable.Range(0, 200).Select(i => PaperRecordBuilder.Paper($"First {i}").Uses("ResNet").Build()).ToList();
        var second = Enumerable.Range(0, 200).Select(i => PaperRecordBuilder.Paper($"Second {i}").Uses("ResNet").Build()).ToList();

        await Task.WhenAll(Task.Run(() => _writer.UpsertAsync(first)), Task.Run(() => _reader.UpsertAsync(second)));

        Assert.Equal(400, (await _reader.GetStatisticsAsync()).Papers);
        Assert.Equal(400, (await _reader.GetEntityAsync("method:resnet"))!.TotalPapers);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _writer.Dispose();
        _database.Dispose();
    }
}

using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Import;
using PaperGraph.Core.Tests.Corpus;

namespace PaperGraph.Core.Tests.Import;

/// <summary>The import meter is process-wide: these tests run alone, so no other test's import is counted.</summary>
[Collection(ImportMetricsCollection.Name)]
public sealed class ImportMetricsTests : IDisposable
{
    private readonly CorpusFiles _files = new();

    [Fact]
    public async Task An_import_reports_the_papers_it_writes_and_the_records_it_rejects_as_metrics()
    {
        var path = _files.Write("papers.jsonl", string.Join('\n', SampleText.JsonLine("A"), "{\"title\": \"B\"", SampleText.JsonLine("C")));
        var measured = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ImportMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (measured)
            {
                measured[instrument.Name] = measured.GetValueOrDefault(instrument.Name) + value;
            }
        });
        listener.Start();
        var store = new RecordingGraphStore();
        var importer = new CorpusImporter(CorpusFiles.Reader(), new TitleOnlyExtractor(), store, store, Options.Create(new ImportOptions()));

        await importer.ImportAsync([path]);

        Assert.Equal(2, measured["papergraph.import.papers"]);
        Assert.Equal(1, measured["papergraph.import.rejected"]);
    }

    public void Dispose() => _files.Dispose();
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ImportMetricsCollection
{
    public const string Name = "Import metrics";
}

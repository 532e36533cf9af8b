using Microsoft.Extensions.Options;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Import;
using PaperGraph.Core.Tests.Corpus;

namespace PaperGraph.Core.Tests.Import;

public sealed class CorpusImporterTests : IDisposable
{
    private readonly CorpusFiles _files = new();
    private readonly RecordingGraphStore _store = new();

    [Fact]
    public async Task Good_records_are_written_in_batches_and_bad_ones_reported_with_file_and_line()
    {
        var path = _files.Write("papers.jsonl", string.Join('\n',
            SampleText.JsonLine("A"), SampleText.JsonLine("B"), "{\"title\": \"C\"", SampleText.JsonLine("D"), SampleText.JsonLine("E"), SampleText.JsonLine("F")));

        var summary = await Importer().ImportAsync([path], new ImportOptions { BatchSize = 2 });

        Assert.Equal([2, 2, 1], _store.Batches.Select(b => b.Count));
        Assert.Equal((6, 5, 0), (summary.RecordsRead, summary.PapersAdded, summary.PapersUpdated));
        var rejected = Assert.Single(summary.Rejected);
        Assert.Equal((path, 3), (rejected.File, rejected.Line));
    }

    [Fact]
    public async Task A_record_matching_two_papers_by_different_ids_has_the_store_merge_them_after_writing()
    {
        var stored = _files.Write("stored.jsonl", string.Join('\n',
            "{\"title\": \"Attention (journal)\", \"abstract\": \"We propose AlphaNet.\", \"doi\": \"10.1/attention\"}",
            "{\"title\": \"Attention (preprint)\", \"abstract\": \"We propose AlphaNet.\", \"arxivId\": \"1706.03762\"}"));
        var both = _files.Write("both.jsonl",
            "{\"title\": \"Attention\", \"abstract\": \"We propose AlphaNet.\", \"doi\": \"10.1/attention\", \"arxivId\": \"1706.03762\"}");

        await Importer().ImportAsync([stored, both]);

        Assert.Equal(["doi:10.1/attention", "arxiv:1706.03762"], Assert.Single(_store.Merges));
        Assert.Equal("doi:10.1/attention", Assert.Single(_store.Batches[^1]).Paper.Id);
    }

    [Fact]
    public async Task The_summary_counts_the_stubs_and_citations_of_a_real_OpenAlex_work_and_lists_the_new_paper()
    {
        var summary = await Importer().ImportAsync([CorpusFiles.Fixture("W2741809807.json")]);

        Assert.Equal((1, 45, 45), (summary.PapersAdded, summary.Citations, summary.Stubs));
        Assert.Equal(Assert.Single(Assert.Single(_store.Batches)).Paper.Id, Assert.Single(summary.AddedPapers).Id);
    }

    [Fact]
    public async Task The_list_of_new_papers_is_capped_while_their_count_covers_all()
    {
        var path = _files.Write("papers.jsonl", string.Join('\n', SampleText.JsonLine("A"), SampleText.JsonLine("B"), SampleText.JsonLine("C")));

        var summary = await Importer().ImportAsync([path], new ImportOptions { BatchSize = 2, ListedPapers = 2 });

        Assert.Equal(3, summary.PapersAdded);
        Assert.Equal(2, summary.AddedPapers.Count);
    }

    [Fact]
    public async Task Extracted_entities_travel_with_their_paper_to_the_store()
    {
        var path = _files.Write("papers.jsonl", SampleText.JsonLine("AlphaNet"));

        await Importer().ImportAsync([path]);

        var record = Assert.Single(Assert.Single(_store.Batches));
        Assert.Equal("AlphaNet", Assert.Single(record.Extraction.Entities).Name);
    }

    [Fact]
    public async Task Curation_rules_in_force_rewrite_every_paper_before_it_is_written()
    {
        var path = _files.Write("papers.jsonl", string.Join('\n', SampleText.JsonLine("AlphaNet"), SampleText.JsonLine("BetaNet")));
        _store.Rules.Add(new MergeEntities("method:alphanet", "method:gammanet", "GammaNet"));
        _store.Rules.Add(new NotAnEntity("method:betanet"));

        await Importer().ImportAsync([path]);

        var batch = Assert.Single(_store.Batches);
        Assert.Equal("GammaNet", Assert.Single(batch[0].Extraction.Entities).Name);
        Assert.Empty(batch[1].Extraction.Entities);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_updates_instead_of_adding()
    {
        var path = _files.Write("listing.txt", SampleText.Listing("AlphaNet", "BetaNet"));

        var first = await Importer().ImportAsync([path]);
        var second = await Importer().ImportAsync([path]);

        Assert.Equal((2, 0), (first.PapersAdded, first.PapersUpdated));
        Assert.Equal((0, 2), (second.PapersAdded, second.PapersUpdated));
    }

    [Fact]
    public async Task Strict_mode_writes_nothing_when_any_file_has_a_bad_record()
    {
        var good = _files.Write("good.jsonl", SampleText.JsonLine("AlphaNet"));
        var bad = _files.Write("bad.jsonl", SampleText.JsonLine("BetaNet") + "\n{\"title\": \"Gamma");

        var summary = await Importer().ImportAsync([good, bad], new ImportOptions { Strict = true });

        Assert.True(summary.StrictAborted);
        Assert.Empty(_store.Batches);
        Assert.Equal(0, _store.Refreshes);
        Assert.Equal((bad, 2), (summary.Rejected[0].File, summary.Rejected[0].Line));
    }

    [Fact]
    public async Task Strict_mode_imports_everything_when_every_record_is_good()
    {
        var path = _files.Write("good.jsonl", SampleText.JsonLine("AlphaNet") + "\n" + SampleText.JsonLine("BetaNet"));

        var summary = await Importer().ImportAsync([path], new ImportOptions { Strict = true });

        Assert.False(summary.StrictAborted);
        Assert.Equal(2, summary.PapersAdded);
    }

    [Fact]
    public async Task Derived_relations_are_refreshed_once_after_all_batches()
    {
        var path = _files.Write("listing.txt", SampleText.Listing("A", "B", "C"));

        await Importer().ImportAsync([path], new ImportOptions { BatchSize = 1 });

        Assert.Equal(3, _store.Batches.Count);
        Assert.Equal(1, _store.Refreshes);
    }

    [Fact]
    public async Task A_paper_the_extractor_fails_on_is_rejected_alone()
    {
        var path = _files.Write("papers.jsonl", SampleText.JsonLine("AlphaNet") + "\n" + SampleText.JsonLine("BrokenNet"));

        var summary = await Importer().ImportAsync([path]);

        Assert.Equal(1, summary.PapersAdded);
        var rejected = Assert.Single(summary.Rejected);
        Assert.Equal(2, rejected.Line);
        Assert.Contains("extraction failed", rejected.Message);
    }

    [Fact]
    public async Task Progress_ends_with_every_paper_written()
    {
        var path = _files.Write("listing.txt", SampleText.Listing("A", "B", "C"));
        var reports = new List<ImportProgress>();

        await Importer().ImportAsync([path], new ImportOptions { BatchSize = 2 }, new SynchronousProgress(reports.Add));

        Assert.Equal(3, reports[^1].PapersWritten);
        Assert.Equal(3, reports[^1].RecordsRead);
    }

    [Fact]
    public async Task The_lines_format_is_refused_because_it_has_no_titles()
    {
        var path = _files.Write("lines.txt", "one text\n");

        await Assert.ThrowsAsync<ArgumentException>(() => Importer().ImportAsync([path], new ImportOptions { Format = CorpusFormat.Lines }));
    }

    private CorpusImporter Importer() =>
        new(CorpusFiles.Reader(), new TitleOnlyExtractor(), _store, _store, Options.Create(new ImportOptions()));

    public void Dispose() => _files.Dispose();

    /// <summary><see cref="Progress{T}"/> posts to the thread pool; tests need the reports in order, now.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

using PaperGraph.Core.Corpus;

namespace PaperGraph.Core.Tests.Corpus.Formats;

public sealed class BibliographyReaderTests
{
    [Fact]
    public async Task D2l_bib_yields_all_526_entries_with_latex_turned_into_text()
    {
        var records = await CorpusFiles.ReadAllAsync(CorpusFiles.Fixture("d2l.bib"));

        Assert.Equal(526, records.Count(r => r.Paper is not null));
        var tensorflow = records[0].Paper!;
        Assert.Equal("Tensorflow: A system for large-scale machine learning", tensorflow.Title);
        Assert.Equal("Marti\u0301n Abadi", tensorflow.Authors![0]);
        Assert.Equal(2016, tensorflow.Year);
        Assert.Equal(2, records[0].Line);
    }

    [Fact]
    public async Task An_arxiv_preprint_entry_is_identified_by_its_arxiv_id()
    {
        var records = await CorpusFiles.ReadAllAsync(CorpusFiles.Fixture("d2l.bib"));

        Assert.Contains(records, r => r.Paper!.Id == "arxiv:1607.06450");
    }

    [Fact]
    public async Task A_malformed_entry_is_reported_by_line_and_the_next_entry_is_read()
    {
        using var files = new CorpusFiles();
        var path = files.Write("library.bib", "@article{a,\n  title = {Broken\n@article{b, title = \"Fine {Title}\", year = 2020, doi = {10.1/x}}\n");

        var records = await CorpusFiles.ReadAllAsync(path);

        Assert.Equal(1, records[0].Error!.Line);
        Assert.Equal("Fine Title", records[1].Paper!.Title);
        Assert.Equal("doi:10.1/x", records[1].Paper!.Id);
    }

    [Theory]
    [InlineData("@art")]
    [InlineData("@article{a, title")]
    public async Task An_entry_cut_off_in_its_header_or_a_field_name_loses_only_itself(string cutOff)
    {
        using var files = new CorpusFiles();
        var path = files.Write("library.bib", cutOff + "\n@article{b, title = {Kept}}\n");

        var records = await CorpusFiles.ReadAllAsync(path);

        Assert.Equal(1, records[0].Error!.Line);
        Assert.Equal("Kept", Assert.Single(records, r => r.Paper is not null).Paper!.Title);
    }

    [Theory]
    [InlineData("deep-review_manual-references.json", 36)]
    [InlineData("bbt-1179-zotero-better-csl-export.csl.json", 26)]
    public async Task Csl_json_exports_yield_every_item(string fixture, int items)
    {
        var path = CorpusFiles.Fixture(fixture);

        var records = await CorpusFiles.ReadAllAsync(path);

        Assert.Equal(CorpusFormat.CslJson, CorpusFormatDetector.Detect(path, File.ReadAllBytes(path)));
        Assert.Equal(items, records.Count(r => r.Paper is not null));
        Assert.Equal(Enumerable.Range(1, items), records.Select(r => r.Line));
    }

    [Fact]
    public async Task A_csl_item_without_a_title_is_reported_by_its_position()
    {
        using var files = new CorpusFiles();
        var path = files.Write("items.json", "[\n {\"type\": \"article\", \"title\": \"One\", \"issued\": {\"date-parts\": [[\"2019\"]]}},\n {\"type\": \"article\"}\n]");

        var records = await CorpusFiles.ReadAllAsync(path);

        Assert.Equal(2019, records[0].Paper!.Year);
        Assert.Equal(2, records[1].Error!.Line);
    }
}

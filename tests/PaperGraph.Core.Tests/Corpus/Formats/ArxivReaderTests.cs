using PaperGraph.Core.Corpus;

namespace PaperGraph.Core.Tests.Corpus.Formats;

public sealed class ArxivReaderTests
{
    [Fact]
    public async Task The_snapshot_sample_has_200_papers_with_arxiv_ids_and_first_version_years()
    {
        var records = await CorpusFiles.ReadAllAsync(CorpusFiles.Fixture("arxiv-metadata-oai-snapshot.json"));

        Assert.Equal(200, records.Count(r => r.Paper is not null));
        var first = records[0].Paper!;
        Assert.Equal("0704.0001", first.ArxivId);
        Assert.Equal(2007, first.Year);
        Assert.Equal("C. Balázs", first.Authors![0]);
        Assert.Equal(117, records.Count(r => r.Paper!.Doi is not null));
    }

    [Theory]
    [InlineData("atom-search-del_maestro.xml", "1201.4869", "A Luttinger Liquid Core Inside Helium-4 Filled Nanopores")]
    [InlineData("q_testing_s0_m10_bc5a6c384fe9.json", "2202.12139", "Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques")]
    public async Task An_api_atom_feed_or_a_recorded_response_holding_one_is_detected_and_yields_its_10_entries(string fixture, string arxivId, string title)
    {
        var path = CorpusFiles.Fixture(fixture);

        var records = await CorpusFiles.ReadAllAsync(path);

        Assert.Equal(CorpusFormat.ArxivAtom, CorpusFormatDetector.Detect(path, File.ReadAllBytes(path)));
        Assert.Equal(10, records.Count(r => r.Paper is not null));
        Assert.Equal((arxivId, title), (records[0].Paper!.ArxivId, records[0].Paper!.Title));
    }

    [Fact]
    public async Task A_recorded_error_response_is_rejected_with_its_status()
    {
        using var files = new CorpusFiles();
        var path = files.Write("response.json",
            "{\"url\": \"https://export.arxiv.org/api/query\", \"status_code\": 503, \"body\": \"<feed xmlns=\\\"http://www.w3.org/2005/Atom\\\"/>\"}");

        var error = Assert.Single(await CorpusFiles.ReadAllAsync(path)).Error!;

        Assert.Equal((path, 1), (error.File, error.Line));
        Assert.Contains("status 503", error.Message);
    }

    [Fact]
    public async Task A_broken_feed_reports_the_line_where_the_xml_breaks()
    {
        using var files = new CorpusFiles();
        var path = files.Write("feed.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><id>http://arxiv.org/abs/1201.4869v1</id><title>T</title></entry>\n<entry><id>x</title>\n");

        var records = await CorpusFiles.ReadAllAsync(path);

        Assert.Equal("T", records[0].Paper!.Title);
        Assert.Equal(3, records[1].Error!.Line);
    }
}

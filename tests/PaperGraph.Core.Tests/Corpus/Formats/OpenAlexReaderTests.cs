using PaperGraph.Core.Corpus;

namespace PaperGraph.Core.Tests.Corpus.Formats;

public sealed class OpenAlexReaderTests
{
    [Fact]
    public async Task A_single_work_has_its_45_referenced_works_and_rebuilt_abstract()
    {
        var records = await CorpusFiles.ReadAllAsync(CorpusFiles.Fixture("W2741809807.json"));

        var paper = Assert.Single(records).Paper!;
        Assert.Equal("doi:10.7717/peerj.4375", paper.Id);
        Assert.Equal("W2741809807", paper.OpenAlexId![^11..]);
        Assert.Equal(2018, paper.Year);
        Assert.Equal(45, paper.References!.Count);
        Assert.StartsWith("Despite growing interest in Open Access", paper.Abstract);
    }

    [Fact]
    public async Task A_results_page_yields_each_work_with_its_references()
    {
        var records = await CorpusFiles.ReadAllAsync(CorpusFiles.Fixture("pyopenalex_works_list.json"));

        Assert.Equal([0, 187], records.Select(r => r.Paper!.References!.Count));
        Assert.Equal([1, 2], records.Select(r => r.Line));
    }

    [Fact]
    public async Task Json_lines_of_works_are_read_line_by_line_and_a_bad_line_is_reported()
    {
        using var files = new CorpusFiles();
        var work = """{"id":"https://openalex.org/W1","display_name":"Attention Is All You Need","publication_year":2017,"abstract_inverted_index":null,"referenced_works":["https://openalex.org/W2"]}""";
        var path = files.Write("works.jsonl", $"{work}\n{{\"id\": 1, \"referenced_works\": [\n{work.Replace("W1", "W3")}\n");

        var records = await CorpusFiles.ReadAllAsync(path);

        Assert.Equal(CorpusFormat.OpenAlex, CorpusFormatDetector.Detect(path, File.ReadAllBytes(path)));
        Assert.Equal([1, 3], records.Where(r => r.Paper is not null).Select(r => r.Line));
        Assert.Equal(2, Assert.Single(records, r => r.Error is not null).Line);
        Assert.Equal("", records[0].Paper!.Abstract);
    }
}

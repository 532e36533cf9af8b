using System.Text;
using PaperGraph.Core.Corpus;

namespace PaperGraph.Core.Tests.Corpus;

public sealed class LinesAndDetectionTests : IDisposable
{
    private readonly CorpusFiles _files = new();

    [Fact]
    public async Task Lines_format_makes_one_text_per_non_blank_line_with_its_line_number()
    {
        var path = _files.Write("sentences.txt", "IMDB and Elec are for sentiment classification .\n\nTF - IDF features help .\n");

        var records = await CorpusFiles.ReadAllAsync(path, CorpusFormat.Lines);

        Assert.Equal([1, 3], records.Select(r => r.Line));
        Assert.Equal("TF - IDF features help .", records[1].Paper!.Abstract);
    }

    [Theory]
    [InlineData("papers.jsonl", "not even json", CorpusFormat.JsonLines)]
    [InlineData("papers.txt", "  {\"title\": \"A\"}", CorpusFormat.JsonLines)]
    public void Format_is_detected_from_extension_or_leading_brace(string name, string content, CorpusFormat expected)
    {
        Assert.Equal(expected, CorpusFormatDetector.Detect(name, Encoding.UTF8.GetBytes(content)));
    }

    [Fact]
    public void A_listing_of_title_and_abstract_lines_is_detected_as_abstracts()
    {
        Assert.Equal(CorpusFormat.Abstracts, CorpusFormatDetector.Detect("papers.data", Encoding.UTF8.GetBytes(SampleText.Listing("AlphaNet"))));
    }

    [Fact]
    public void Plain_short_lines_are_not_guessed_as_any_format()
    {
        Assert.Null(CorpusFormatDetector.Detect("notes.txt", Encoding.UTF8.GetBytes("one\ntwo\nthree\n")));
    }

    [Fact]
    public async Task A_given_format_overrides_detection()
    {
        var path = _files.Write("papers.jsonl", SampleText.Listing("AlphaNet"));

        var records = await CorpusFiles.ReadAllAsync(path, CorpusFormat.Abstracts);

        Assert.Equal("AlphaNet: A Network for Vision", Assert.Single(records).Paper!.Title);
    }

    public void Dispose() => _files.Dispose();
}

using PaperGraph.Core.Corpus;

namespace PaperGraph.Core.Tests.Corpus;

public sealed class SampleCorpusTests
{
    [Fact]
    public async Task Sample_corpus_reads_as_exactly_240_papers_without_errors()
    {
        var records = await CorpusFiles.ReadAllAsync(CorpusFiles.SampleCorpusPath);

        Assert.DoesNotContain(records, r => r.Error is not null);
        Assert.Equal(240, records.Count);
    }

    [Fact]
    public async Task First_title_loses_the_page_control_glued_in_front()
    {
        var records = await CorpusFiles.ReadAllAsync(CorpusFiles.SampleCorpusPath);

        Assert.Equal("CSPNet: A New Backbone that can Enhance Learning Capability of CNN", records[0].Paper!.Title);
        Assert.Equal(3, records[0].Line);
    }

    [Fact]
    public async Task Sample_papers_have_distinct_ids_and_abstracts_longer_than_titles()
    {
        var papers = (await CorpusFiles.ReadAllAsync(CorpusFiles.SampleCorpusPath)).Select(r => r.Paper!).ToList();

        Assert.Equal(papers.Count, papers.Select(p => p.Id).Distinct().Count());
        Assert.All(papers, p => Assert.True(p.Abstract.Length > p.Title.Length, p.Title));
    }

    [Fact]
    public void Sample_corpus_is_detected_as_the_abstracts_format()
    {
        var head = File.ReadAllBytes(CorpusFiles.SampleCorpusPath).AsSpan(0, 8192);

        Assert.Equal(CorpusFormat.Abstracts, CorpusFormatDetector.Detect("listing.txt", head));
    }
}

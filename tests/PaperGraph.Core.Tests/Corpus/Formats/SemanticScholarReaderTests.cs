namespace PaperGraph.Core.Tests.Corpus.Formats;

public sealed class SemanticScholarReaderTests
{
    [Fact]
    public async Task A_reference_item_yields_the_cited_paper_with_its_arxiv_id()
    {
        var paper = Assert.Single(await CorpusFiles.ReadAllAsync(CorpusFiles.Fixture("Reference.json"))).Paper!;

        Assert.Equal("Neural Variational Inference and Learning in Belief Networks", paper.Title);
        Assert.Equal("arxiv:1402.0030", paper.Id);
        Assert.Equal("331f0fb3b6176c6e463e0401025b04f6ace9ccd3", paper.SemanticScholarId);
    }

    [Fact]
    public async Task A_citation_item_yields_the_citing_paper()
    {
        var paper = Assert.Single(await CorpusFiles.ReadAllAsync(CorpusFiles.Fixture("Citation.json"))).Paper!;

        Assert.Contains("Decision Transformer", paper.Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_open_research_corpus_sample_has_100_papers_with_412_out_and_481_in_citations()
    {
        var records = await CorpusFiles.ReadAllAsync(CorpusFiles.Fixture("s2-open-corpus-test.jsonl"));

        Assert.Equal(100, records.Count(r => r.Paper is not null));
        Assert.Equal(412, records.Sum(r => r.Paper!.References!.Count));
        Assert.Equal(481, records.Sum(r => r.Paper!.CitedBy!.Count));
    }

    [Fact]
    public async Task An_s2orc_paper_has_its_26_bibliography_entries_as_references_25_with_title_and_year()
    {
        var paper = Assert.Single(await CorpusFiles.ReadAllAsync(CorpusFiles.Fixture("s2orc_example_paper.json"))).Paper!;

        Assert.Equal("doi:10.1673/031.001.0701", paper.Id);
        Assert.Equal(26, paper.References!.Count);
        Assert.Equal(25, paper.References.Count(reference => reference.IsIdentifiable));
    }
}

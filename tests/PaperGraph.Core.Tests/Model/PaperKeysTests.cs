using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Model;

public sealed class PaperKeysTests
{
    [Fact]
    public void Every_external_id_and_the_title_with_its_year_is_a_key()
    {
        var keys = PaperKeys.Of("https://doi.org/10.1/X", "arXiv:1706.03762v5", "https://openalex.org/w2626778328", "ABC123", "Attention Is All You Need", 2017);

        Assert.Equal(["doi:10.1/x", "arxiv:1706.03762", "openalex:W2626778328", "s2:abc123", "title:attention-is-all-you-need:2017"], keys);
    }

    [Fact]
    public void An_arxiv_doi_names_the_arxiv_id()
    {
        Assert.Contains("arxiv:1706.03762", PaperKeys.Of("https://doi.org/10.48550/arXiv.1706.03762", null, null, null, null, null));
    }

    [Fact]
    public void A_title_without_a_year_is_no_key()
    {
        Assert.Empty(PaperKeys.Of(null, null, null, null, "Introduction", null));
    }

    [Fact]
    public void A_cited_work_known_only_by_its_openalex_id_becomes_a_stub_titled_with_it()
    {
        var stub = new CitedWork(OpenAlexId: "https://openalex.org/W1560783210").ToStub();

        Assert.Equal(("openalex:W1560783210", "openalex:W1560783210", true), (stub.Id, stub.Title, stub.IsStub));
    }
}

using PaperGraph.Web.Services;

namespace PaperGraph.Web.Tests.Services;

public sealed class ExternalLinksTests
{
    [Fact]
    public void A_doi_links_to_doi_org_keeping_its_slashes() =>
        Assert.Equal("https://doi.org/10.1109/CVPR.2016.90", ExternalLinks.Doi("10.1109/CVPR.2016.90"));

    [Fact]
    public void An_arxiv_id_links_to_its_abstract_page() =>
        Assert.Equal("https://arxiv.org/abs/1512.03385", ExternalLinks.Arxiv("1512.03385"));

    [Fact]
    public void Hostile_text_in_an_identifier_stays_inside_the_path() =>
        Assert.Equal("https://doi.org/10.1%22%3E%3Cscript%3E/x%3Fa%3D1%23b", ExternalLinks.Doi("10.1\"><script>/x?a=1#b"));
}

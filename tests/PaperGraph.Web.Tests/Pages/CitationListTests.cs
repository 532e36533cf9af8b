using AngleSharp.Html.Parser;
using PaperGraph.Web.Services;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Pages;

/// <summary>The paper page lists references and cited-by, each marked imported or derived, and stubs as stubs.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class CitationListTests(SeededApp app) : IAsyncLifetime
{
    private readonly HttpClient _client = app.CreateClient();

    public Task InitializeAsync() => app.ImportJsonLinesAsync("s2-citations.jsonl",
        new
        {
            paperId = "c0ffee01",
            title = "Citation Lists On Paper Pages",
            year = 2021,
            @abstract = "We list references.",
            references = new object[] { new { paperId = "c0ffee02", title = "A Work Outside The Corpus", year = 1999 } },
        });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_paper_page_lists_an_imported_reference_to_a_stub()
    {
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync(NodeLinks.Paper("s2:c0ffee01")));

        var reference = Assert.Single(page.QuerySelectorAll("[data-testid=references] [data-testid=citation]"));
        Assert.Contains("A Work Outside The Corpus", reference.TextContent);
        Assert.Equal("imported reference", reference.QuerySelector("[data-testid=origin]")?.TextContent.Trim());
        Assert.NotNull(reference.QuerySelector("[data-testid=stub]"));
    }

    [Fact]
    public async Task A_stub_page_says_it_is_a_stub_and_lists_who_cites_it()
    {
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync(NodeLinks.Paper("s2:c0ffee02")));

        Assert.NotNull(page.QuerySelector("[data-testid=stub-notice]"));
        var citer = Assert.Single(page.QuerySelectorAll("[data-testid=cited-by] [data-testid=citation]"));
        Assert.Contains("Citation Lists On Paper Pages", citer.TextContent);
    }
}

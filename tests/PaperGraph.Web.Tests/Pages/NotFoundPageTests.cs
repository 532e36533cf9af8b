using System.Net;
using AngleSharp.Html.Parser;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Pages;

/// <summary>Addresses that lead nowhere answer with HTTP 404 and the app's own not-found page.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class NotFoundPageTests(SeededApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_mistyped_address_gets_the_apps_not_found_page_with_404()
    {
        var response = await _client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No paper, entity or page is at <code>/no/such/page</code>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/papers/title:no-such-paper-at-all", "no-such-paper-at-all")]
    [InlineData("/datasets/NoSuchDatasetAnywhere", "NoSuchDatasetAnywhere")]
    [InlineData("/entities/method:no-such-method", "no-such-method")]
    public async Task An_unknown_paper_or_entity_page_answers_404_and_offers_a_search(string url, string term)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal($"Search for “{term}”", page.QuerySelector("[data-testid=not-found-search]")!.TextContent.Trim());
    }
}

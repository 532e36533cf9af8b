using AngleSharp.Html.Parser;
using PaperGraph.Core.Model;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Pages;

/// <summary>A paper whose title and abstract hold markup is shown as text on every page.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class HostilePaperTests(SeededApp app)
{
    private const string Title = "Breaking <script>alert('title')</script> Networks";
    private const string Abstract =
        "We train <img src=x onerror=alert('abstract')> ResNet on ImageNet and reach a top-1 error of 20.1% on ImageNet. <script>alert(2)</script>";

    private async Task<string> ImportHostilePaperAsync()
    {
        await app.ImportJsonLinesAsync("hostile.jsonl", new { title = Title, @abstract = Abstract });
        return PaperIdentity.For(Title);
    }

    [Fact]
    public async Task Markup_in_a_paper_is_escaped_on_its_page()
    {
        var id = await ImportHostilePaperAsync();

        var html = await app.CreateClient().GetStringAsync("/papers/" + id);
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal(Title, page.QuerySelector("[data-testid=paper-title]")!.TextContent.Trim());
        Assert.Equal($"{Title} · PaperGraph", page.Title);
        Assert.Empty(page.QuerySelectorAll(".mud-main-content img, .mud-main-content script"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
    }

    [Fact]
    public async Task Markup_in_a_paper_title_is_escaped_in_search_results()
    {
        await ImportHostilePaperAsync();

        var html = await app.CreateClient().GetStringAsync("/search?q=Breaking%20Networks");
        var page = new HtmlParser().ParseDocument(html);

        Assert.Contains(page.QuerySelectorAll("[data-testid=search-result]"), r => r.TextContent.Contains(Title));
        Assert.DoesNotContain("<script>alert", html);
    }
}

using Microsoft.Playwright;
using PaperGraph.Web.Services;

namespace PaperGraph.Web.E2ETests;

/// <summary>Markup inside corpus text must show as text and run nothing (see <see cref="HostilePaper"/>).</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileTextTests(AppFixture app)
{
    [BrowserFact]
    public async Task Paper_page_shows_markup_in_title_and_abstract_as_text_and_runs_none()
    {
        await using var tab = await app.OpenPageAsync();

        await tab.GotoAsync(NodeLinks.Paper(HostilePaper.Id));

        var body = tab.Page.Locator("body");
        await Assertions.Expect(body).ToContainTextAsync(HostilePaper.Title);
        await Assertions.Expect(body).ToContainTextAsync("Nothing here may run.");
        await Assertions.Expect(body).ToContainTextAsync(HostilePaper.ImageTag);
        Assert.Equal(0, await tab.Page.Locator("img[src='x']").CountAsync());
        Assert.True(await NothingRanAsync(tab.Page));
    }

    [BrowserFact]
    public async Task Graph_labels_and_details_show_markup_in_a_title_as_text_and_run_none()
    {
        await using var tab = await app.OpenPageAsync();
        await tab.GotoAsync($"graph?focus={Uri.EscapeDataString(HostilePaper.Id)}");
        var canvas = new GraphCanvas(tab.Page);
        await canvas.WaitForLayoutAsync();

        await canvas.ClickNodeAsync(HostilePaper.Id);

        Assert.Equal(HostilePaper.Title, await canvas.LabelOfAsync(HostilePaper.Id));
        await Assertions.Expect(tab.Page.GetByTestId("graph-details-title")).ToHaveTextAsync(HostilePaper.Title);
        Assert.Equal(0, await tab.Page.Locator("img[src='x']").CountAsync());
        Assert.True(await NothingRanAsync(tab.Page));
    }

    private static Task<bool> NothingRanAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'");
}

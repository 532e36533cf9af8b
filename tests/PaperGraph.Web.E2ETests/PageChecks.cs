using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Web.Services;

namespace PaperGraph.Web.E2ETests;

/// <summary>For each kind of page: open it directly (prerendered, then made interactive), assert that its circuit
/// stays connected, then use a control only a live circuit serves. Shared by the seed corpus's tests and the Long
/// tests on a large database.</summary>
public static class PageChecks
{
    public static async Task HomeSearchesAsTheReaderTypesAsync(IRunningApp app, string testName)
    {
        await using var tab = await OpenConnectedAsync(app, "", testName);

        await tab.Page.GetByTestId("search-box").PressSequentiallyAsync("ImageNet");

        await Assertions.Expect(tab.Page.Locator("[data-testid=search-result]").First).ToBeVisibleAsync();
    }

    public static async Task PaperPageSwitchesToDarkModeAsync(IRunningApp app, string title, string testName)
    {
        var hit = (await app.Store.SearchAsync(new SearchQuery(title, new HashSet<NodeKind> { NodeKind.Paper }))).First();
        await using var tab = await OpenConnectedAsync(app, NodeLinks.Paper(hit.NodeId), testName);

        await AssertDarkModeToggleWorksAsync(tab.Page);
    }

    public static async Task DatasetPageShowsAllItsPapersOnRequestAsync(IRunningApp app, string path, string testName)
    {
        await using var tab = await OpenConnectedAsync(app, path, testName);
        var papers = tab.Page.GetByTestId("papers-EvaluatedOn").Locator("li");
        var shown = await papers.CountAsync();

        await tab.Page.GetByTestId("papers-EvaluatedOn").GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Show (all [\d,]+|[\d,]+ more of [\d,]+)$") }).ClickAsync();

        await Assertions.Expect(papers).Not.ToHaveCountAsync(shown);
    }

    public static async Task EntityPageSwitchesToDarkModeAsync(IRunningApp app, string testName)
    {
        await using var tab = await OpenConnectedAsync(app, "entities/dataset:imagenet", testName);

        await Assertions.Expect(tab.Page.GetByTestId("entity-name")).ToHaveTextAsync("ImageNet");
        await AssertDarkModeToggleWorksAsync(tab.Page);
    }

    public static async Task MatrixListsThePapersOfAChosenCellAsync(IRunningApp app, string testName)
    {
        await using var tab = await OpenConnectedAsync(app, "matrix", testName);

        await tab.Page.GetByTestId("matrix-cell").First.ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("matrix-papers")).ToBeVisibleAsync();
    }

    public static async Task GraphFindsNodesToAddAsync(IRunningApp app, string testName)
    {
        await using var tab = await OpenConnectedAsync(app, "graph?q=ImageNet", testName);
        await new GraphCanvas(tab.Page).WaitForLayoutAsync();

        await tab.Page.GetByTestId("graph-search").FillAsync("CSPNet");
        await tab.Page.GetByTestId("graph-search").PressAsync("Enter");

        await Assertions.Expect(tab.Page.GetByTestId("graph-hits").GetByRole(AriaRole.Button).First).ToBeVisibleAsync();
    }

    private static async Task<BlazorPage> OpenConnectedAsync(IRunningApp app, string path, string testName)
    {
        var tab = await app.OpenPageAsync(testName);
        await tab.GotoAsync(path);
        await tab.AssertCircuitStaysConnectedAsync();
        return tab;
    }

    /// <summary>The layout's toggle changes the theme's palette, which only an interactive circuit can do.</summary>
    private static async Task AssertDarkModeToggleWorksAsync(IPage page)
    {
        const string background = "() => getComputedStyle(document.documentElement).getPropertyValue('--mud-palette-background')";
        var before = await page.EvaluateAsync<string>(background);

        await page.GetByTestId("dark-mode-toggle").ClickAsync();

        await page.WaitForFunctionAsync($"b => ({background})() !== b", before);
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Web.Services;

namespace PaperGraph.Web.E2ETests;

/// <summary>Each kind of page, opened directly (prerendered, then made interactive), keeps its circuit and
/// reacts to a control. A page whose first circuit message is too large loses its circuit right after load.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CircuitTests(AppFixture app)
{
    [BrowserFact]
    public async Task Home_page_keeps_its_circuit_and_searches_as_the_reader_types()
    {
        await using var tab = await OpenConnectedAsync("");

        await tab.Page.GetByTestId("search-box").PressSequentiallyAsync("ImageNet");

        await Assertions.Expect(tab.Page.Locator("[data-testid=search-result]").First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Paper_page_keeps_its_circuit_and_switches_to_dark_mode()
    {
        var hit = (await app.Store.SearchAsync(new SearchQuery("CSPNet", new HashSet<NodeKind> { NodeKind.Paper }))).First();
        await using var tab = await OpenConnectedAsync(NodeLinks.Paper(hit.NodeId));

        await AssertDarkModeToggleWorksAsync(tab.Page);
    }

    [BrowserFact]
    public async Task ImageNet_dataset_page_keeps_its_circuit_and_shows_all_its_papers_on_request()
    {
        await using var tab = await OpenConnectedAsync("datasets/ImageNet");
        var papers = tab.Page.GetByTestId("papers-EvaluatedOn").Locator("li");
        var shown = await papers.CountAsync();

        await tab.Page.GetByTestId("papers-EvaluatedOn").GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Show all \d+$") }).ClickAsync();

        await Assertions.Expect(papers).Not.ToHaveCountAsync(shown);
    }

    [BrowserFact]
    public async Task Entity_page_keeps_its_circuit_and_switches_to_dark_mode()
    {
        await using var tab = await OpenConnectedAsync("entities/dataset:imagenet");

        await Assertions.Expect(tab.Page.GetByTestId("entity-name")).ToHaveTextAsync("ImageNet");
        await AssertDarkModeToggleWorksAsync(tab.Page);
    }

    [BrowserFact]
    public async Task Matrix_page_keeps_its_circuit_and_lists_the_papers_of_a_chosen_cell()
    {
        await using var tab = await OpenConnectedAsync("matrix");

        await tab.Page.GetByTestId("matrix-cell").First.ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("matrix-papers")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Graph_page_keeps_its_circuit_and_finds_nodes_to_add()
    {
        await using var tab = await OpenConnectedAsync("graph?q=ImageNet");
        await new GraphCanvas(tab.Page).WaitForLayoutAsync();

        await tab.Page.GetByTestId("graph-search").FillAsync("CSPNet");
        await tab.Page.GetByTestId("graph-search").PressAsync("Enter");

        await Assertions.Expect(tab.Page.GetByTestId("graph-hits").GetByRole(AriaRole.Button).First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task A_circuit_closed_while_the_page_loads_shows_the_dialog_saying_to_reload()
    {
        await using var tab = await app.OpenPageAsync();
        // Stands in for the hub refusing the circuit's first message: the connection is closed with an error
        // as soon as the browser sends its first binary (blazorpack) message, StartCircuit.
        await tab.Page.RouteWebSocketAsync(new Regex("/_blazor"), socket =>
        {
            var server = socket.ConnectToServer();
            socket.OnMessage(message =>
            {
                if (message.Text is { } handshake)
                {
                    server.Send(handshake);
                }
                else
                {
                    _ = socket.CloseAsync(new() { Code = 1011, Reason = "Connection closed with an error." });
                }
            });
        });

        await tab.Page.GotoAsync("datasets/ImageNet");

        var dialog = tab.Page.Locator("#components-reconnect-modal");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByTestId("circuit-start-failed")).ToContainTextAsync("Reload the page");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Reload" })).ToBeVisibleAsync();
    }

    private async Task<BlazorPage> OpenConnectedAsync(string path, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
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

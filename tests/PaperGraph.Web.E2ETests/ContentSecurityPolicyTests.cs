using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Web.E2ETests;

/// <summary>The Content-Security-Policy (only the app's own scripts) leaves Blazor, MudBlazor and the graph
/// explorer's cytoscape working: Chromium reports no violation on the pages that use them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(AppFixture app)
{
    [BrowserFact]
    public async Task Pages_and_the_graph_explorer_run_without_a_policy_violation()
    {
        var imageNet = (await app.Store.SearchAsync(new SearchQuery("ImageNet", new HashSet<NodeKind> { NodeKind.Dataset }))).First().NodeId;
        await using var tab = await app.OpenPageAsync();

        await tab.GotoAsync("");
        await tab.GotoAsync("datasets/ImageNet");
        await tab.GotoAsync($"graph?focus={Uri.EscapeDataString(imageNet)}");
        await new GraphCanvas(tab.Page).WaitForLayoutAsync();
        await tab.AssertCircuitStaysConnectedAsync();

        Assert.DoesNotContain(tab.ConsoleErrors, error => error.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}

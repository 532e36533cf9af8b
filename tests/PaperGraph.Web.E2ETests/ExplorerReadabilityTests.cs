using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;
using Xunit.Abstractions;

namespace PaperGraph.Web.E2ETests;

/// <summary>The pages a researcher reads first, at a laptop's and a narrow window's width, with their screenshots
/// kept as artifacts (<see cref="BlazorPage.ArtifactFolder"/>).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExplorerReadabilityTests(AppFixture app, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task ImageNet_page_lists_the_methods_evaluated_on_it_with_paper_counts_and_best_results()
    {
        var expected = (await app.Services.GetRequiredService<EvaluationPartnerService>().GetAsync("dataset:imagenet", EntityType.Dataset))!.Partners;
        Assert.NotEmpty(expected);
        await using var tab = await app.OpenPageAsync();
        await tab.GotoAsync("datasets/ImageNet");
        await tab.AssertCircuitStaysConnectedAsync();

        await tab.SaveAtWidthsAsync("imagenet-page");
        output.WriteLine($"Screenshots: {BlazorPage.ArtifactFolder}");

        var rows = tab.Page.GetByTestId("evaluation-partner");
        await Assertions.Expect(rows).ToHaveCountAsync(expected.Count);
        await Assertions.Expect(rows.First).ToContainTextAsync(expected[0].Entity.Name);
        await Assertions.Expect(rows.First).ToContainTextAsync(expected[0].Papers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var withBest = expected.ToList().FindIndex(partner => partner.BestResult is not null);
        await Assertions.Expect(rows.Nth(withBest).GetByTestId("best-result")).ToHaveTextAsync(expected[withBest].BestResult!.Text);
    }

    [BrowserFact]
    public async Task ImageNet_page_marks_the_methods_evaluated_on_a_variant_with_the_variant()
    {
        await using var tab = await app.OpenPageAsync();
        await tab.GotoAsync("datasets/ImageNet");
        await tab.AssertCircuitStaysConnectedAsync();

        var onVariant = tab.Page.GetByTestId("evaluation-partner").Filter(new() { Has = tab.Page.GetByTestId("partner-variant") });

        await Assertions.Expect(onVariant.First).ToBeVisibleAsync();
        await Assertions.Expect(onVariant.First.GetByTestId("partner-variant")).ToContainTextAsync("on variant");
    }

    [BrowserFact]
    public async Task Every_node_lies_inside_the_canvas_after_load_after_expansion_and_at_every_width()
    {
        await using var tab = await app.OpenPageAsync();
        var canvas = await ShowGraphAsync(tab, "graph");
        Assert.Empty(await canvas.NodesOutsideCanvasAsync());

        var before = await canvas.NodeCountAsync();
        await canvas.DoubleClickNodeAsync(await canvas.MostExpandableNodeAsync());
        await canvas.WaitForNodeCountAboveAsync(before);
        await canvas.WaitForLayoutAsync();
        Assert.Empty(await canvas.NodesOutsideCanvasAsync());

        await tab.SaveAtWidthsAsync("expanded-graph", async _ => Assert.Empty(await canvas.NodesOutsideCanvasAsync()));
        output.WriteLine($"Screenshots: {BlazorPage.ArtifactFolder}");
    }

    [BrowserFact]
    public async Task Methods_and_datasets_mode_draws_only_methods_and_datasets_joined_by_paper_counts()
    {
        await using var tab = await app.OpenPageAsync();
        var canvas = await ShowGraphAsync(tab, "graph?mode=methods-datasets");

        await tab.SaveAtWidthsAsync("methods-datasets-mode");
        output.WriteLine($"Screenshots: {BlazorPage.ArtifactFolder}");

        Assert.Equal(0, await canvas.CountAsync("node[kind != 'Method'][kind != 'Dataset']"));
        Assert.True(await canvas.CountAsync("node[kind = 'Method']") > 0);
        Assert.True(await canvas.CountAsync("node[kind = 'Dataset']") > 0);
        var matrix = await app.Store.GetMatrixAsync();
        var cell = matrix.Cells.MaxBy(c => c.Papers)!;
        var (method, dataset) = (matrix.Methods[cell.MethodIndex].Key, matrix.Datasets[cell.DatasetIndex].Key);
        Assert.Equal(cell.Papers, await tab.Page.EvaluateAsync<int>(
            "([m, d]) => window.paperGraphExplorer.getElementById(m).edgesWith(window.paperGraphExplorer.getElementById(d)).data('weight')",
            new[] { method, dataset }));
    }

    [BrowserFact]
    public async Task Clicking_a_method_dataset_edge_lists_the_papers_behind_it()
    {
        await using var tab = await app.OpenPageAsync();
        var canvas = await ShowGraphAsync(tab, "graph?mode=methods-datasets");
        var (method, dataset) = await canvas.ClickClearEdgeAsync();

        var papers = await app.Store.GetMatrixPapersAsync(method, dataset);
        var listed = tab.Page.GetByTestId("graph-pair-papers").Locator("li");
        await Assertions.Expect(listed).ToHaveCountAsync(papers.Count);
        await Assertions.Expect(listed.First).ToContainTextAsync(papers[0].Title);
    }

    [BrowserFact]
    public async Task The_same_graph_is_laid_out_the_same_on_every_load()
    {
        var first = await LayoutOfImageNetAsync();
        var second = await LayoutOfImageNetAsync();

        Assert.Equal(first, second);
    }

    [BrowserFact]
    public async Task Shown_labels_never_overlap_and_the_best_connected_node_is_labelled()
    {
        await using var tab = await app.OpenPageAsync();
        var canvas = await ShowGraphAsync(tab, "graph");

        var boxes = await canvas.ShownLabelBoxesAsync();

        Assert.NotEmpty(boxes);
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].Overlaps(boxes[j]), $"The labels of {boxes[i].Id} and {boxes[j].Id} overlap.");
            }
        }
        Assert.Contains(await canvas.BestConnectedNodeAsync(), boxes.Select(box => box.Id));
    }

    [BrowserFact]
    public async Task Relation_types_are_drawn_apart_and_explained_in_the_legend()
    {
        await using var tab = await app.OpenPageAsync();
        var canvas = await ShowGraphAsync(tab, "graph");

        var looks = await tab.Page.EvaluateAsync<string[]>(
            "() => [...new Set(window.paperGraphExplorer.edges().map(e => e.data('type')))].map(t => { const e = window.paperGraphExplorer.edges(`[type = \"${t}\"]`)[0]; return `${e.style('line-color')}|${e.style('line-style')}`; })");

        Assert.True(looks.Length > 1, "The default graph shows one relation type only.");
        Assert.Equal(looks.Length, looks.Distinct().Count());
        var swatches = tab.Page.GetByTestId("graph-relations").Locator(".relation-swatch");
        await Assertions.Expect(swatches).ToHaveCountAsync(Enum.GetValues<RelationType>().Length);
        await Assertions.Expect(swatches.First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Typing_in_the_add_box_suggests_and_Enter_adds_the_top_suggestion()
    {
        var cspNet = (await app.Store.ResolveEntityAsync("CSPNet", EntityType.Method))!.Key;
        await using var tab = await app.OpenPageAsync();
        var canvas = await ShowGraphAsync(tab, "graph");
        Assert.False(await canvas.HasNodeAsync(cspNet));
        var box = tab.Page.GetByTestId("graph-search");

        await box.PressSequentiallyAsync("CSPNe");
        await Assertions.Expect(tab.Page.GetByTestId("graph-hits").Locator("li").First).ToContainTextAsync("CSPNet");
        await box.PressAsync("Enter");

        await canvas.WaitUntilAsync("id => window.paperGraphExplorer.getElementById(id).nonempty()", cspNet);
    }

    /// <summary>Opens the explorer at <paramref name="path"/> and waits for its first layout.</summary>
    private static async Task<GraphCanvas> ShowGraphAsync(BlazorPage tab, string path)
    {
        await tab.GotoAsync(path);
        var canvas = new GraphCanvas(tab.Page);
        await canvas.WaitForLayoutAsync();
        return canvas;
    }

    private async Task<string[]> LayoutOfImageNetAsync()
    {
        await using var tab = await app.OpenPageAsync();
        var canvas = await ShowGraphAsync(tab, "graph?focus=dataset:imagenet&limit=40");
        return await canvas.PositionsAsync();
    }
}

using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Web.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class GraphExplorerTests(AppFixture app)
{
    [BrowserFact]
    public async Task Focus_node_is_drawn_with_its_neighbours()
    {
        var imageNet = await ImageNetKeyAsync();
        await using var tab = await app.OpenPageAsync();

        await tab.GotoAsync($"graph?focus={Uri.EscapeDataString(imageNet)}");

        var canvas = new GraphCanvas(tab.Page);
        await canvas.WaitForLayoutAsync();
        Assert.True(await canvas.HasNodeAsync(imageNet));
        Assert.True(await canvas.NodeCountAsync() > 1);
    }

    [BrowserFact]
    public async Task Search_text_starts_from_the_best_hit_and_a_picked_hit_is_added()
    {
        var imageNet = await ImageNetKeyAsync();
        await using var tab = await app.OpenPageAsync();
        await tab.GotoAsync("graph?q=ImageNet");
        var canvas = new GraphCanvas(tab.Page);
        await canvas.WaitForLayoutAsync();
        Assert.True(await canvas.HasNodeAsync(imageNet));
        var before = await canvas.NodeCountAsync();

        await tab.Page.GetByTestId("graph-search").FillAsync("CSPNet");
        await tab.Page.GetByTestId("graph-hits").GetByRole(AriaRole.Button).Filter(new() { HasText = "CSPNet" }).First.ClickAsync();

        await canvas.WaitForNodeCountAboveAsync(before);
    }

    [BrowserFact]
    public async Task Double_clicking_a_node_adds_its_neighbours()
    {
        await using var tab = await OpenImageNetAsync(limit: 15);
        var canvas = new GraphCanvas(tab.Page);
        var before = await canvas.NodeCountAsync();
        var node = await canvas.MostExpandableNodeAsync();

        await canvas.DoubleClickNodeAsync(node);

        await canvas.WaitForNodeCountAboveAsync(before);
    }

    [BrowserFact]
    public async Task Expanding_a_node_joins_its_new_neighbours_to_nodes_already_shown()
    {
        await using var tab = await OpenImageNetAsync(limit: ExpandLimit);
        var canvas = new GraphCanvas(tab.Page);
        var (node, expected) = await NodeJoiningNewNeighboursToShownNodesAsync(await canvas.NodeIdsAsync());

        await canvas.DoubleClickNodeAsync(node);

        await canvas.WaitForEdgeBetweenAsync(expected[0].Source, expected[0].Target);
        foreach (var edge in expected)
        {
            Assert.True(await canvas.HasEdgeBetweenAsync(edge.Source, edge.Target), $"{edge.Source} {edge.Type} {edge.Target} is missing");
        }
    }

    [BrowserFact]
    public async Task Clicking_a_node_shows_its_details_and_a_link_to_its_page()
    {
        var imageNet = await ImageNetKeyAsync();
        await using var tab = await OpenImageNetAsync(limit: 15);
        var canvas = new GraphCanvas(tab.Page);

        await canvas.ClickNodeAsync(imageNet);

        var details = tab.Page.GetByTestId("graph-details");
        await Assertions.Expect(details.GetByTestId("graph-details-title")).ToHaveTextAsync("ImageNet");
        await Assertions.Expect(details.GetByTestId("graph-details-link"))
            .ToHaveAttributeAsync("href", new Regex("/entities/dataset:imagenet$"));
    }

    [BrowserFact]
    public async Task Shortest_path_between_two_selected_nodes_is_highlighted()
    {
        var imageNet = await ImageNetKeyAsync();
        await using var tab = await OpenImageNetAsync(limit: 15);
        var canvas = new GraphCanvas(tab.Page);
        var other = await canvas.NodeFarFromAsync(imageNet);
        await canvas.ClickNodeAsync(imageNet);
        await canvas.ClickNodeAsync(other);

        await tab.Page.GetByTestId("graph-path").ClickAsync();

        await canvas.WaitUntilAsync("() => window.paperGraphExplorer.nodes('.path').length >= 2");
        Assert.Equal(await canvas.CountAsync("node.path") - 1, await canvas.CountAsync("edge.path"));
    }

    [BrowserFact]
    public async Task Hiding_the_selection_removes_it_and_undo_brings_it_back()
    {
        var imageNet = await ImageNetKeyAsync();
        await using var tab = await OpenImageNetAsync(limit: 15);
        var canvas = new GraphCanvas(tab.Page);
        var before = await canvas.NodeCountAsync();
        await canvas.ClickNodeAsync(imageNet);

        await tab.Page.GetByTestId("graph-hide").ClickAsync();
        await canvas.WaitUntilAsync("n => window.paperGraphExplorer.nodes().length === n - 1", before);
        Assert.False(await canvas.HasNodeAsync(imageNet));

        await tab.Page.GetByTestId("graph-undo").ClickAsync();
        await canvas.WaitUntilAsync("n => window.paperGraphExplorer.nodes().length === n", before);
        Assert.True(await canvas.HasNodeAsync(imageNet));
    }

    [BrowserFact]
    public async Task Switching_off_a_node_type_hides_those_nodes()
    {
        await using var tab = await OpenImageNetAsync(limit: 15);
        var canvas = new GraphCanvas(tab.Page);
        Assert.True(await canvas.CountAsync("node[kind = 'Paper']:visible") > 0);

        await tab.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Paper (" }).ClickAsync();

        await canvas.WaitUntilAsync("() => window.paperGraphExplorer.nodes(\"[kind = 'Paper']:visible\").length === 0");
        Assert.True(await canvas.CountAsync("node[kind = 'Paper']") > 0);
    }

    [BrowserFact]
    public async Task Showing_suggestions_draws_similar_papers_and_suggested_links_dashed_and_hiding_takes_them_away()
    {
        await using var tab = await OpenImageNetAsync(limit: 15);
        var canvas = new GraphCanvas(tab.Page);
        var paper = await tab.Page.EvaluateAsync<string>("() => window.paperGraphExplorer.nodes(\"[kind = 'Paper']\")[0].id()");
        var shown = (await canvas.NodeIdsAsync()).ToHashSet();
        var similar = (await app.Store.GetEntityAsync("dataset:cifar10", 100))!.Papers.Select(p => p.Paper.Id).First(id => !shown.Contains(id));
        var suggestions = app.Services.GetRequiredService<ISuggestionStore>();
        await suggestions.ReplaceSuggestionsAsync(SuggestionKind.SimilarPaper,
            [new Suggestion(SuggestionKind.SimilarPaper, paper, similar, 0.8, ["residual"])]);
        await suggestions.ReplaceSuggestionsAsync(SuggestionKind.MissingLink,
            [new Suggestion(SuggestionKind.MissingLink, paper, "dataset:cifar10", 0.7, ["similar papers"], RelationType.EvaluatedOn)]);
        try
        {
            Assert.Equal(0, await canvas.CountAsync("edge[type = 'SimilarTo']"));

            await tab.Page.GetByLabel("Show suggestions").CheckAsync();

            await canvas.WaitUntilAsync("() => window.paperGraphExplorer.edges('.suggested').length === 2");
            Assert.Equal(["SimilarTo dashed", "SuggestedLink dashed"], await tab.Page.EvaluateAsync<string[]>(
                "() => window.paperGraphExplorer.edges('.suggested').map(e => `${e.data('type')} ${e.style('line-style')}`).sort()"));
            Assert.True(await canvas.HasEdgeBetweenAsync(paper, similar));
            await Assertions.Expect(tab.Page.GetByTestId("graph-suggestions-SimilarTo")).ToContainTextAsync("(1)");

            await tab.Page.GetByLabel("Show suggestions").UncheckAsync();

            await canvas.WaitUntilAsync("() => window.paperGraphExplorer.edges('.suggested').length === 0");
            Assert.False(await canvas.HasNodeAsync(similar));
        }
        finally
        {
            await suggestions.ReplaceSuggestionsAsync(SuggestionKind.SimilarPaper, []);
            await suggestions.ReplaceSuggestionsAsync(SuggestionKind.MissingLink, []);
        }
    }

    [BrowserFact]
    public async Task Dark_mode_redraws_labels_in_the_dark_text_colour()
    {
        await using var tab = await OpenImageNetAsync(limit: 15);
        var canvas = new GraphCanvas(tab.Page);
        // Cytoscape and the browser write colours with different spacing.
        const string labelColour = "() => window.paperGraphExplorer.nodes()[0].style('color').replaceAll(' ', '')";
        const string pageTextColour = "() => getComputedStyle(document.querySelector('[data-testid=graph-canvas]')).color.replaceAll(' ', '')";
        var light = await tab.Page.EvaluateAsync<string>(labelColour);

        await tab.Page.GetByTestId("dark-mode-toggle").ClickAsync();

        await canvas.WaitUntilAsync($"() => ({labelColour})() !== '{light}'");
        Assert.Equal(await tab.Page.EvaluateAsync<string>(pageTextColour), await tab.Page.EvaluateAsync<string>(labelColour));
    }

    [BrowserFact]
    public async Task Export_downloads_a_png_of_the_graph()
    {
        await using var tab = await OpenImageNetAsync(limit: 15);
        var canvas = new GraphCanvas(tab.Page);

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.GetByTestId("graph-export").ClickAsync());

        Assert.Equal("papergraph.png", download.SuggestedFilename);
        var path = await download.PathAsync();
        var header = new byte[8];
        await using (var file = File.OpenRead(path))
        {
            await file.ReadExactlyAsync(header);
        }
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, header);
    }

    private const int ExpandLimit = 15;

    /// <summary>From the store: a shown node whose expansion brings in a neighbour related to a shown node outside
    /// that neighbourhood, with all such relations (the ones the neighbourhood alone does not hold).</summary>
    private async Task<(string Node, IReadOnlyList<GraphEdge> Expected)> NodeJoiningNewNeighboursToShownNodesAsync(IReadOnlyCollection<string> shown)
    {
        foreach (var candidate in shown)
        {
            var neighbourhood = (await app.Store.GetNeighbourhoodAsync([candidate], ExpandLimit)).Nodes.Select(n => n.Id).ToHashSet();
            var arriving = neighbourhood.Except(shown).ToHashSet();
            var outside = shown.Except(neighbourhood).ToHashSet();
            var expected = (await app.Store.GetEdgesAmongAsync([.. arriving, .. outside]))
                .Where(e => (arriving.Contains(e.Source) && outside.Contains(e.Target)) || (outside.Contains(e.Source) && arriving.Contains(e.Target)))
                .ToList();
            if (expected.Count > 0)
            {
                return (candidate, expected);
            }
        }
        throw new InvalidOperationException("No shown node's neighbours relate to other shown nodes in the seed corpus.");
    }

    private async Task<string> ImageNetKeyAsync() =>
        (await app.Store.ResolveEntityAsync("ImageNet", EntityType.Dataset))?.Key
        ?? throw new InvalidOperationException("The seed corpus has no ImageNet dataset.");

    /// <summary>The explorer around ImageNet, at most <paramref name="limit"/> nodes, laid out.</summary>
    private async Task<BlazorPage> OpenImageNetAsync(int limit, [CallerMemberName] string testName = "")
    {
        var imageNet = await ImageNetKeyAsync();
        var tab = await app.OpenPageAsync(testName);
        await tab.GotoAsync($"graph?focus={Uri.EscapeDataString(imageNet)}&limit={limit}");
        await new GraphCanvas(tab.Page).WaitForLayoutAsync();
        return tab;
    }
}

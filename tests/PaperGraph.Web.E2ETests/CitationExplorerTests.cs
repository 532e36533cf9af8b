using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Queries.Citations;

namespace PaperGraph.Web.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed partial class CitationExplorerTests(AppFixture app)
{
    [BrowserFact]
    public async Task Citation_mode_draws_the_references_of_a_paper_oldest_left()
    {
        var paper = await SamplePaperAsync();
        await using var tab = await OpenCitationsAsync(paper.Id);
        var canvas = new GraphCanvas(tab.Page);

        var nodes = await tab.Page.EvaluateAsync<PlacedPaper[]>(
            "() => window.paperGraphExplorer.nodes().map(n => ({ id: n.id(), year: n.data('year') ?? null, stub: !!n.data('stub'), x: n.position().x }))");

        Assert.Equal(await ReferenceCountAsync(paper.Id) + 1, nodes.Length);
        Assert.False(nodes.Single(n => n.Id == paper.Id).Stub);
        Assert.All(nodes.Where(n => n.Id != paper.Id), n => Assert.True(n.Stub, n.Id));
        var dated = nodes.Where(n => n.Year is not null).OrderBy(n => n.Year).ToList();
        for (var i = 1; i < dated.Count; i++)
        {
            if (dated[i].Year != dated[i - 1].Year)
            {
                Assert.True(dated[i].X > dated[i - 1].X, $"{dated[i].Year} is not right of {dated[i - 1].Year}");
            }
        }
        Assert.All(nodes.Where(n => n.Year is null), n => Assert.True(n.X < dated[0].X, "a paper without a year is not in the first column"));
        // The first column's label is always written; later ones only where they have room.
        var axis = await tab.Page.GetByTestId("graph-year-axis").InnerTextAsync();
        Assert.Contains(nodes.Any(n => n.Year is null) ? "no year" : dated[0].Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), axis);
        Assert.Equal(nodes.Length, await canvas.NodeCountAsync());
    }

    [BrowserFact]
    public async Task The_cites_filter_counts_the_drawn_citations()
    {
        var paper = await SamplePaperAsync();
        await using var tab = await OpenCitationsAsync(paper.Id);

        var legend = await tab.Page.GetByTestId("graph-relations").InnerTextAsync();

        var drawn = await new GraphCanvas(tab.Page).CountAsync("edge[type = \"Cites\"]");
        Assert.Equal(await ReferenceCountAsync(paper.Id), drawn);
        Assert.Equal(drawn, int.Parse(Count().Match(legend).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [BrowserFact]
    public async Task The_path_between_two_references_is_drawn_through_the_paper_citing_both()
    {
        var paper = await SamplePaperAsync();
        await using var tab = await OpenCitationsAsync(paper.Id);
        var canvas = new GraphCanvas(tab.Page);
        var ends = await tab.Page.EvaluateAsync<string[]>(
            "id => window.paperGraphExplorer.nodes().filter(n => n.id() !== id).sort((a, b) => a.position().x - b.position().x).map(n => n.id())", paper.Id);

        await tab.Page.EvaluateAsync("([a, b]) => { window.paperGraphExplorer.getElementById(a).select(); window.paperGraphExplorer.getElementById(b).select(); }",
            new[] { ends[0], ends[^1] });
        await tab.Page.GetByTestId("graph-path").ClickAsync();

        await canvas.WaitUntilAsync("() => window.paperGraphExplorer.edges('.path').length > 0");
        var path = await tab.Page.EvaluateAsync<string[]>("() => window.paperGraphExplorer.nodes('.path').map(n => n.id()).sort()");
        Assert.Equal(new[] { ends[0], ends[^1], paper.Id }.Order(StringComparer.Ordinal), path.Order(StringComparer.Ordinal));
        Assert.Equal(2, await canvas.CountAsync("edge.path"));
    }

    [BrowserFact]
    public async Task Citation_mode_screenshots_are_kept_as_artifacts()
    {
        var paper = await SamplePaperAsync();
        await using var tab = await OpenCitationsAsync(paper.Id);

        await tab.SaveAtWidthsAsync("graph-citations", async _ =>
            Assert.Empty(await new GraphCanvas(tab.Page).NodesOutsideCanvasAsync()));

        Assert.True(File.Exists(Path.Combine(BlazorPage.ArtifactFolder, "graph-citations-1440.png")));
    }

    private async Task<BlazorPage> OpenCitationsAsync(string paperId)
    {
        var tab = await app.OpenPageAsync();
        await tab.GotoAsync($"graph?mode=citations&paper={Uri.EscapeDataString(paperId)}");
        await new GraphCanvas(tab.Page).WaitForLayoutAsync();
        return tab;
    }

    private async Task<Core.Graph.Queries.CitationNode> SamplePaperAsync() =>
        await app.Services.GetRequiredService<CitationService>().FindPaperAsync(CitationSample.Title)
        ?? throw new InvalidOperationException("The citation sample was not imported.");

    /// <summary>The paper's references as the store holds them: the file's entries, less those it could not tell apart.</summary>
    private async Task<int> ReferenceCountAsync(string paperId)
    {
        var report = await app.Services.GetRequiredService<CitationService>().GetCitationsAsync(paperId, 1, CitationDirection.Out);
        var count = report!.References.Count;
        Assert.InRange(count, CitationSample.ReferenceEntries - 2, CitationSample.ReferenceEntries);
        return count;
    }

    [GeneratedRegex(@"Cites\s*\((\d+)\)")]
    private static partial Regex Count();

    /// <summary>A paper node as drawn (filled in from the page's JSON).</summary>
    private sealed class PlacedPaper
    {
        public string Id { get; set; } = "";

        public int? Year { get; set; }

        public bool Stub { get; set; }

        public double X { get; set; }
    }
}

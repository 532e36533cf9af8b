using System.Net;
using System.Net.Http.Json;
using PaperGraph.Core.Graph.Queries;
using AngleSharp.Html.Parser;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Pages;

/// <summary>Pages as the server first sends them (prerendered with their data), parsed as HTML.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class PrerenderedPageTests(SeededApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetPageAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_home_page_shows_corpus_statistics_and_top_datasets()
    {
        var page = await GetPageAsync("/");

        // Other tests of this collection add a paper or two to the seeded corpus.
        var papers = int.Parse(page.QuerySelector("[data-testid=stats-papers]")!.TextContent.Trim());
        Assert.InRange(papers, app.Import.PapersProcessed, app.Import.PapersProcessed + 5);
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=top-datasets] a"));
        Assert.NotNull(page.QuerySelector("[data-testid=search-box]"));
    }

    [Fact]
    public async Task The_search_page_lists_results_for_its_query()
    {
        var page = await GetPageAsync("/search?q=ImageNet");

        var results = page.QuerySelectorAll("[data-testid=search-result]");
        Assert.Contains(results, r => r.GetAttribute("href") == "/entities/dataset:imagenet");
    }

    [Fact]
    public async Task The_ImageNet_dataset_page_shows_leaderboards_with_values()
    {
        var page = await GetPageAsync("/datasets/ImageNet");

        Assert.Equal("ImageNet", page.QuerySelector("[data-testid=entity-name]")!.TextContent.Trim());
        var boards = page.QuerySelectorAll("[data-testid=leaderboard]");
        Assert.NotEmpty(boards);
        Assert.All(boards, b => Assert.NotEmpty(b.QuerySelectorAll("[data-testid=leaderboard-row]")));
        // A bound or an approximation reads with its qualifier: ">70%", "≈50%".
        Assert.All(page.QuerySelectorAll("[data-testid=leaderboard-value]"), v => Assert.Matches(@"^[>≥<≤≈]?\d", v.TextContent.Trim()));
    }

    [Fact]
    public async Task A_paper_page_highlights_mentions_by_type()
    {
        var hits = await _client.GetFromJsonAsync<List<SearchHit>>("/api/search?q=CSPNet&kinds=Paper&limit=1", SeededApp.Json);

        var page = await GetPageAsync("/papers/" + hits![0].NodeId);

        var marks = page.QuerySelectorAll("mark[data-testid=mention]");
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Contains(m.GetAttribute("title")!, new[] { "Method", "Dataset", "Metric", "Task" }));
        Assert.All(marks, m => Assert.Contains("mention-" + m.GetAttribute("title")!.ToLowerInvariant(), m.ClassList));
    }

    [Fact]
    public async Task The_matrix_page_shows_shaded_cells()
    {
        var page = await GetPageAsync("/matrix");

        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=matrix-cell]"));
    }
}

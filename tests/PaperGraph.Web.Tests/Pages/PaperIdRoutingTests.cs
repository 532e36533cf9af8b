using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Web.Services;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Pages;

/// <summary>Paper ids from DOIs hold slashes and colons; pages and API open them however the link escapes them.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class PaperIdRoutingTests(SeededApp app) : IAsyncLifetime
{
    private const string Title = "Routing Papers With Slashes In Their Identifiers";
    private const string Doi = "10.1234/Graph.Route/42";
    private readonly HttpClient _client = app.CreateClient();

    private static string Id => PaperIdentity.For(Title, doi: Doi);

    public Task InitializeAsync() => app.ImportJsonLinesAsync("doi.jsonl",
        new { title = Title, @abstract = "We evaluate on ImageNet.", doi = Doi });

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Links => new()
    {
        NodeLinks.Paper(Id),
        "/papers/" + Uri.EscapeDataString(Id),
    };

    [Theory]
    [MemberData(nameof(Links))]
    public async Task The_paper_page_opens_from_either_escaping(string link)
    {
        var response = await _client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(Title, page.QuerySelector("[data-testid=paper-title]")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_paper_api_opens_a_doi_id()
    {
        var paper = await _client.GetFromJsonAsync<PaperDetails>("/api/papers/" + Id, SeededApp.Json);

        Assert.Equal(Title, paper!.Paper.Title);
        Assert.Equal(Id, paper.Paper.Id);
    }
}

using System.Net;
using System.Net.Http.Json;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Web.Tests.Api;

[Collection(SeededAppCollection.Name)]
public sealed class SearchApiTests(SeededApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Searching_ImageNet_finds_the_dataset()
    {
        var hits = await _client.GetFromJsonAsync<List<SearchHit>>("/api/search?q=ImageNet", SeededApp.Json);

        Assert.Contains(hits!, h => h.Kind == NodeKind.Dataset && h.NodeId == "dataset:imagenet");
    }

    [Fact]
    public async Task A_kinds_filter_keeps_only_those_kinds()
    {
        var hits = await _client.GetFromJsonAsync<List<SearchHit>>("/api/search?q=network&kinds=Paper", SeededApp.Json);

        Assert.NotEmpty(hits!);
        Assert.All(hits!, h => Assert.Equal(NodeKind.Paper, h.Kind));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR( OR AND NOT *")]
    [InlineData("title:foo ^bar {x} -y")]
    [InlineData("'; DROP TABLE papers; --")]
    [InlineData("\u0000\uFFFF")]
    public async Task Hostile_search_text_is_answered_normally(string text)
    {
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await response.Content.ReadFromJsonAsync<List<SearchHit>>(SeededApp.Json));
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=%20")]
    [InlineData("/api/search?q=x&kinds=Author")]
    [InlineData("/api/search?q=x&limit=100000")]
    public async Task Invalid_search_requests_are_bad_requests(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

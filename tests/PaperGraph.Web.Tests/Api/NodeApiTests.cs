using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Web.Tests.Api;

[Collection(SeededAppCollection.Name)]
public sealed class NodeApiTests(SeededApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<SearchHit> FirstPaperAsync(string text)
    {
        var hits = await _client.GetFromJsonAsync<List<SearchHit>>($"/api/search?q={text}&kinds=Paper", SeededApp.Json);
        return hits!.First();
    }

    [Fact]
    public async Task A_paper_found_by_search_opens_by_its_id()
    {
        var hit = await FirstPaperAsync("CSPNet");

        var paper = await _client.GetFromJsonAsync<PaperDetails>("/api/papers/" + hit.NodeId, SeededApp.Json);

        Assert.Equal(hit.NodeId, paper!.Paper.Id);
        Assert.NotEmpty(paper.Mentions);
        Assert.All(paper.Mentions, m => Assert.InRange(m.End, m.Start + 1, paper.Paper.Abstract.Length));
    }

    [Theory]
    [InlineData("/api/papers/title:no-such-paper-at-all", "title:no-such-paper-at-all")]
    [InlineData("/api/papers/doi:10.1/does-not-exist", "doi:10.1/does-not-exist")]
    [InlineData("/api/entities/NoSuchEntityAnywhere", "NoSuchEntityAnywhere")]
    public async Task Unknown_nodes_are_not_found_with_a_problem_naming_them(string url, string name)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SeededApp.Json);
        Assert.Contains(name, problem!.Detail);
    }

    [Fact]
    public async Task An_entity_opens_by_name_with_its_papers()
    {
        var entity = await _client.GetFromJsonAsync<EntityDetails>("/api/entities/ImageNet?type=Dataset", SeededApp.Json);

        Assert.Equal("dataset:imagenet", entity!.Entity.Key);
        Assert.NotEmpty(entity.Papers);
        Assert.Equal(entity.TotalPapers, entity.Papers.Select(p => p.Paper.Id).Distinct().Count());
    }

    [Fact]
    public async Task The_neighbourhood_of_a_dataset_holds_it_and_its_papers()
    {
        var graph = await _client.GetFromJsonAsync<GraphView>("/api/graph/neighbourhood?id=dataset:imagenet&limit=50", SeededApp.Json);

        Assert.Contains(graph!.Nodes, n => n.Id == "dataset:imagenet");
        Assert.Contains(graph.Nodes, n => n.Kind == NodeKind.Paper);
        Assert.InRange(graph.Nodes.Count, 2, 50);
        var ids = graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(graph.Edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target)));
    }

    [Fact]
    public async Task A_path_between_a_paper_and_its_dataset_ends_at_both()
    {
        var entity = await _client.GetFromJsonAsync<EntityDetails>("/api/entities/ImageNet?type=Dataset", SeededApp.Json);
        var paperId = entity!.Papers[0].Paper.Id;

        var path = await _client.GetFromJsonAsync<GraphView>(
            $"/api/graph/path?from={Uri.EscapeDataString(paperId)}&to=dataset:imagenet", SeededApp.Json);

        Assert.Contains(path!.Nodes, n => n.Id == paperId);
        Assert.Contains(path.Nodes, n => n.Id == "dataset:imagenet");
    }

    [Fact]
    public async Task A_neighbourhood_without_ids_is_a_bad_request()
    {
        var response = await _client.GetAsync("/api/graph/neighbourhood");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await _client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/reports-on/{dataset}\"", document);
        Assert.Contains("\"/api/search\"", document);
        Assert.Contains("\"/api/graph/neighbourhood\"", document);
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Queries;

namespace PaperGraph.Web.Tests.Api;

[Collection(SeededAppCollection.Name)]
public sealed class ReportsOnApiTests(SeededApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Reports_on_ImageNet_lists_papers_with_their_values()
    {
        var page = await _client.GetFromJsonAsync<ReportsOnPage>("/api/reports-on/ImageNet", SeededApp.Json);

        Assert.Equal("dataset:imagenet", page!.Dataset.Key);
        Assert.NotEmpty(page.Papers);
        Assert.True(page.TotalPapers >= page.Papers.Count);
        Assert.All(page.Papers.Take(page.PapersWithResults), p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Paper.Title));
            Assert.NotEmpty(p.Results);
            Assert.All(p.Results, r => Assert.False(string.IsNullOrWhiteSpace(r.Sentence)));
        });
    }

    [Fact]
    public async Task Reports_on_ImageNet_also_lists_the_papers_evaluated_on_it_without_a_number()
    {
        var page = await _client.GetFromJsonAsync<ReportsOnPage>("/api/reports-on/ImageNet?limit=500", SeededApp.Json);

        Assert.True(page!.PapersWithoutResults > 0);
        Assert.Equal(page.TotalPapers, page.Papers.Count);
        Assert.All(page.Papers.Skip(page.PapersWithResults), p => Assert.Empty(p.Results));
    }

    [Fact]
    public async Task A_name_the_extractor_maps_to_a_dataset_finds_that_dataset()
    {
        var page = await _client.GetFromJsonAsync<ReportsOnPage>("/api/reports-on/ILSVRC", SeededApp.Json);

        Assert.Equal("dataset:imagenet", page!.Dataset.Key);
    }

    [Fact]
    public async Task Reports_on_resolves_an_alias_to_the_same_dataset()
    {
        var byName = await _client.GetFromJsonAsync<ReportsOnPage>("/api/reports-on/MS%20COCO", SeededApp.Json);
        var byAlias = await _client.GetFromJsonAsync<ReportsOnPage>("/api/reports-on/COCO", SeededApp.Json);

        Assert.Equal(byName!.Dataset.Key, byAlias!.Dataset.Key);
        Assert.Equal(byName.TotalPapers, byAlias.TotalPapers);
    }

    [Fact]
    public async Task The_ImageNet_leaderboard_ranks_every_metric_in_its_direction()
    {
        var board = await _client.GetFromJsonAsync<Leaderboard>("/api/leaderboards/ImageNet", SeededApp.Json);

        Assert.NotEmpty(board!.Tables);
        foreach (var table in board.Tables)
        {
            var values = table.Rows.Select(r => r.Value).ToList();
            var expected = table.LowerIsBetter ? values.Order().ToList() : values.OrderDescending().ToList();
            Assert.Equal(expected, values);
        }
    }

    [Fact]
    public async Task An_unknown_dataset_is_not_found_with_problem_details()
    {
        var response = await _client.GetAsync("/api/reports-on/NoSuchDatasetAnywhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SeededApp.Json);
        Assert.Contains("NoSuchDatasetAnywhere", problem!.Detail);
    }

    [Fact]
    public async Task A_limit_out_of_range_is_a_bad_request_with_problem_details()
    {
        var response = await _client.GetAsync("/api/reports-on/ImageNet?limit=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SeededApp.Json);
        Assert.Contains("limit", problem!.Detail);
    }
}

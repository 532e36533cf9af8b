using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Errors;

public sealed class StoreFailureTests(BrokenStoreApp app) : IClassFixture<BrokenStoreApp>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("/api/search?q=ImageNet")]
    [InlineData("/api/reports-on/ImageNet")]
    [InlineData("/api/papers/title:x")]
    public async Task An_api_failure_is_a_problem_without_internals(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("SQLite", body);
        Assert.DoesNotContain("   at ", body);
        Assert.NotNull(await response.Content.ReadFromJsonAsync<ProblemDetails>(SeededApp.Json));
    }

    [Theory]
    [InlineData("/datasets/ImageNet")]
    [InlineData("/papers/title:x")]
    [InlineData("/")]
    public async Task A_page_whose_data_fails_shows_a_readable_message(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"error\"", body);
        Assert.Contains("Could not load", body);
        Assert.DoesNotContain("SQLite", body);
        Assert.DoesNotContain("InvalidOperationException", body);
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Hardening;

[Collection(SeededAppCollection.Name)]
public sealed class BindingFailureTests(SeededApp app)
{
    public static TheoryData<string, string> UnreadableParameters => new()
    {
        { "/api/search?q=ImageNet&limit=abc", "limit" },
        { "/api/search?q=ImageNet&prefix=maybe", "prefix" },
        { "/api/matrix?methods=abc", "methods" },
        { "/api/matrix?datasets=1e3", "datasets" },
        { "/api/reports-on/ImageNet?limit=ten", "limit" },
        { "/api/reports-on/ImageNet?offset=-x", "offset" },
        { "/api/leaderboards/ImageNet?everyValue=sometimes", "everyValue" },
        { "/api/entities/ImageNet?type=Author", "type" },
        { "/api/graph/neighbourhood?id=dataset:imagenet&limit=all", "limit" },
        { "/api/graph/path?from=a&to=b&maxHops=99999999999", "maxHops" },
    };

    [Theory]
    [MemberData(nameof(UnreadableParameters))]
    public async Task An_unreadable_parameter_is_a_bad_request_naming_it(string url, string parameter)
    {
        var response = await app.CreateClient().GetAsync(url);

        await AssertBadRequestNamingAsync(response, parameter);
    }

    [Fact]
    public async Task An_unreadable_parameter_is_a_bad_request_in_Production_too()
    {
        using var production = app.WithWebHostBuilder(host => host.UseEnvironment("Production"));

        var response = await production.CreateClient().GetAsync("/api/matrix?methods=abc");

        await AssertBadRequestNamingAsync(response, "methods");
    }

    private static async Task AssertBadRequestNamingAsync(HttpResponseMessage response, string parameter)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SeededApp.Json);
        // A parameter bound from a request record is named as its property ("int Limit").
        Assert.Contains(parameter, problem!.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
    }
}

using System.Net;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Hardening;

[Collection(SeededAppCollection.Name)]
public sealed class ApiErrorProblemTests(SeededApp app)
{
    [Fact]
    public async Task An_unknown_api_route_is_a_problem()
    {
        var response = await app.CreateClient().GetAsync("/api/no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_method_on_the_api_is_a_problem()
    {
        var response = await app.CreateClient().DeleteAsync("/api/search?q=x");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

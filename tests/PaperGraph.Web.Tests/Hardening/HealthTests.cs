using System.Net;
using PaperGraph.Web.Tests.Api;
using PaperGraph.Web.Tests.Errors;

namespace PaperGraph.Web.Tests.Hardening;

[Collection(SeededAppCollection.Name)]
public sealed class HealthTests(SeededApp app)
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task A_serving_app_with_a_working_store_is_healthy(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failing_store_makes_the_app_unhealthy_but_alive()
    {
        using var broken = new BrokenStoreApp();
        var client = broken.CreateClient();

        var health = await client.GetAsync("/health");
        var alive = await client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}

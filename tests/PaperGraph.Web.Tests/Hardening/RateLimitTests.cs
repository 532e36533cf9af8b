using System.Net;
using PaperGraph.Web.Tests.Hosting;

namespace PaperGraph.Web.Tests.Hardening;

public sealed class RateLimitTests : IDisposable
{
    private const int PermitLimit = 3;
    private readonly string _folder = Directory.CreateTempSubdirectory("papergraph-rate-limit-").FullName;
    private readonly ConfiguredStoreApp _app;

    public RateLimitTests() => _app = new ConfiguredStoreApp(new Dictionary<string, string>
    {
        ["PaperGraph:DatabasePath"] = Path.Combine(_folder, "papergraph.db"),
        ["PaperGraph:RateLimit:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PaperGraph:RateLimit:Window"] = "00:01:00",
    });

    [Fact]
    public async Task An_api_client_over_the_limit_gets_429_with_retry_after()
    {
        var client = _app.CreateClient();
        for (var i = 0; i < PermitLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/import-status")).StatusCode);
        }

        var refused = await client.GetAsync("/api/import-status");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_endpoints_are_not_limited()
    {
        var client = _app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < PermitLimit * 3; i++)
        {
            statuses.Add((await client.GetAsync("/alive")).StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    public void Dispose()
    {
        _app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

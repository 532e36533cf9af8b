using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Hardening;

/// <summary>Kestrel's request limits from appsettings.json, on a real Kestrel server (the test server has none).</summary>
[Collection(SeededAppCollection.Name)]
public sealed class RequestLimitTests(SeededApp app)
{
    [Fact]
    public void Request_bodies_are_limited_to_one_megabyte()
    {
        // The app takes no uploads; Blazor's own messages are bounded by SignalR (32 KB).
        var kestrel = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.Equal(1024 * 1024, kestrel.Limits.MaxRequestBodySize);
    }

    [Fact]
    public async Task Headers_over_16_kilobytes_are_refused_with_431()
    {
        using var kestrel = app.WithWebHostBuilder(_ => { });
        kestrel.UseKestrel(0);
        var client = kestrel.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Add("X-Padding", new string('x', 20 * 1024));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }
}

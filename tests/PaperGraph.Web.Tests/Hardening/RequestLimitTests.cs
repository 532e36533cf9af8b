using System.Net;
using System.Net.Http.Json;
using PaperGraph.Core.Curation;
using PaperGraph.Web.Api;
using PaperGraph.Web.Curators;
using PaperGraph.Web.Tests.Curators;
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
        // Only POST /api/import takes more, under its own limit; Blazor's own messages are bounded by SignalR (32 KB).
        var kestrel = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.Equal(1024 * 1024, kestrel.Limits.MaxRequestBodySize);
    }

    [Fact]
    public async Task A_curators_change_with_a_body_over_one_megabyte_is_refused_with_413_and_changes_nothing()
    {
        using var kestrel = app.WithWebHostBuilder(_ => { });
        kestrel.UseKestrel(0);
        await CuratorBrowser.EnsureCuratorAsync(kestrel, "ada");
        var browser = new CuratorBrowser(kestrel);
        await browser.SignInAsync("ada");
        var logBefore = await LogTotalAsync(browser);
        var body = new MergeBody("dataset:cifar100", "dataset:cifar10", new Dictionary<string, long> { [new string('x', 2 * 1024 * 1024)] = 1 });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/curation/merge") { Content = JsonContent.Create(body, options: SeededApp.Json) };
        request.Headers.Add(AntiforgeryRequired.HeaderName, await browser.ApiTokenAsync());

        var response = await browser.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(logBefore, await LogTotalAsync(browser));
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/entities/dataset:cifar100")).StatusCode);
    }

    private static async Task<int> LogTotalAsync(CuratorBrowser browser) =>
        (await browser.Client.GetFromJsonAsync<CurationLogPage>("/api/curation/log", SeededApp.Json))!.Total;

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

using System.Net;
using AngleSharp.Html.Parser;
using PaperGraph.Web.Curators;
using PaperGraph.Web.Tests.Api;
using PaperGraph.Web.Tests.Curators;

namespace PaperGraph.Web.Tests.Import;

/// <summary>With <c>PaperGraph:AllowImport</c> at its default (off), nobody imports, curators included.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class ImportTurnedOffTests(SeededApp app) : IAsyncLifetime
{
    private readonly CuratorBrowser _browser = new(app);

    public Task InitializeAsync() => CuratorBrowser.EnsureCuratorAsync(app, "ada");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_page_says_import_is_turned_off_even_to_a_curator()
    {
        await _browser.SignInAsync("ada");

        var page = new HtmlParser().ParseDocument(await _browser.Client.GetStringAsync("/import"));

        Assert.Contains("PaperGraph:AllowImport", page.QuerySelector("[data-testid=import-off]")?.TextContent);
        Assert.Null(page.QuerySelector("input[type=file]"));
        Assert.Null(page.QuerySelector("[data-testid=nav-import]"));
    }

    [Fact]
    public async Task A_curators_upload_is_403()
    {
        await _browser.SignInAsync("ada");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import")
        {
            Content = new MultipartFormDataContent { { new StringContent("{\"id\": \"x\", \"title\": \"X\"}"), "files", "x.jsonl" } },
        };
        request.Headers.Add(AntiforgeryRequired.HeaderName, await _browser.ApiTokenAsync());

        var response = await _browser.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

using AngleSharp.Html.Parser;
using PaperGraph.Web.Tests.Curators;

namespace PaperGraph.Web.Tests.Import;

/// <summary>The Import page as the server prerenders it: the upload only for a signed-in curator.</summary>
[Collection(UploadAppCollection.Name)]
public sealed class ImportPageTests(UploadApp app) : IAsyncLifetime
{
    private readonly CuratorBrowser _browser = new(app);

    public Task InitializeAsync() => CuratorBrowser.EnsureCuratorAsync(app, "ada");

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> ImportPageAsync() =>
        new HtmlParser().ParseDocument(await _browser.Client.GetStringAsync("/import"));

    [Fact]
    public async Task An_anonymous_visitor_is_asked_to_sign_in_and_gets_no_upload()
    {
        var page = await ImportPageAsync();

        Assert.Contains("Sign in", page.QuerySelector("[data-testid=import-signin]")?.TextContent);
        Assert.Null(page.QuerySelector("input[type=file]"));
    }

    [Fact]
    public async Task A_signed_in_curator_gets_the_upload_and_the_nav_link()
    {
        await _browser.SignInAsync("ada");

        var page = await ImportPageAsync();

        Assert.NotNull(page.QuerySelector("input[type=file]"));
        Assert.Null(page.QuerySelector("[data-testid=import-signin]"));
        Assert.NotNull(page.QuerySelector("[data-testid=nav-import]"));
    }
}

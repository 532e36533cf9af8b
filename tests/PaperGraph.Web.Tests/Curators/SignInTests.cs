using System.Net;
using AngleSharp.Html.Parser;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Curators;

[Collection(SeededAppCollection.Name)]
public sealed class SignInTests(SeededApp app) : IAsyncLifetime
{
    private readonly CuratorBrowser _browser = new(app);

    public Task InitializeAsync() => CuratorBrowser.EnsureCuratorAsync(app, "ada");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_right_password_sets_the_curator_cookie_and_returns_to_the_page()
    {
        var response = await _browser.PostSignInAsync("ada", CuratorBrowser.Password, await _browser.FormTokenAsync(), "/datasets/ImageNet");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/datasets/ImageNet", response.Headers.Location?.OriginalString);
        Assert.True(CuratorBrowser.SetsCuratorCookie(response));
    }

    [Fact]
    public async Task A_wrong_password_sets_no_cookie_and_sends_back_to_the_form()
    {
        var response = await _browser.PostSignInAsync("ada", CuratorBrowser.Password + "x", await _browser.FormTokenAsync());

        Assert.False(CuratorBrowser.SetsCuratorCookie(response));
        Assert.StartsWith("/signin?failed=true", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_name_sets_no_cookie()
    {
        var response = await _browser.PostSignInAsync("mallory", CuratorBrowser.Password, await _browser.FormTokenAsync());

        Assert.False(CuratorBrowser.SetsCuratorCookie(response));
    }

    [Fact]
    public async Task The_form_page_says_the_password_was_wrong()
    {
        var html = await _browser.Client.GetStringAsync("/signin?failed=true");

        Assert.NotNull(new HtmlParser().ParseDocument(html).QuerySelector("[data-testid=signin-failed]"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("forged")]
    public async Task A_sign_in_without_a_valid_antiforgery_token_is_400_and_sets_no_cookie(string? token)
    {
        await _browser.FormTokenAsync();

        var response = await _browser.PostSignInAsync("ada", CuratorBrowser.Password, token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(CuratorBrowser.SetsCuratorCookie(response));
    }

    [Theory]
    [InlineData("https://elsewhere.example/")]
    [InlineData("//elsewhere.example/")]
    [InlineData("/\\elsewhere.example/")]
    public async Task A_return_address_on_another_site_goes_home_instead(string returnUrl)
    {
        var response = await _browser.PostSignInAsync("ada", CuratorBrowser.Password, await _browser.FormTokenAsync(), returnUrl);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_app_bar_names_the_signed_in_curator()
    {
        await _browser.SignInAsync("ada");

        var page = new HtmlParser().ParseDocument(await _browser.Client.GetStringAsync("/"));

        Assert.Equal("ada", page.QuerySelector("[data-testid=curator-name]")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("[data-testid=signin-link]"));
    }

    [Fact]
    public async Task Reading_needs_no_sign_in_and_offers_one()
    {
        var page = new HtmlParser().ParseDocument(await _browser.Client.GetStringAsync("/datasets/ImageNet"));

        Assert.Null(page.QuerySelector("[data-testid=curator-name]"));
        Assert.Equal("/signin?returnUrl=%2Fdatasets%2FImageNet", page.QuerySelector("[data-testid=signin-link]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Signing_out_with_the_app_bar_form_ends_the_session()
    {
        await _browser.SignInAsync("ada");
        var token = await _browser.FormTokenAsync("/");

        var response = await _browser.Client.PostAsync("/signout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await _browser.Client.GetStringAsync("/"));
        Assert.NotNull(page.QuerySelector("[data-testid=signin-link]"));
    }
}

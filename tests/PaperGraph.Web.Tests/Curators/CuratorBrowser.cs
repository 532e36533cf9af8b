using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Curators;
using PaperGraph.Web.Curators;

namespace PaperGraph.Web.Tests.Curators;

/// <summary>A client of the real app that keeps cookies and does not follow redirects, and signs in the way a browser
/// does: it loads the sign-in page and posts its form with the antiforgery token the page carried.</summary>
internal sealed class CuratorBrowser(WebApplicationFactory<Program> app)
{
    public const string CuratorCookie = "PaperGraph.Curator";
    public const string Password = "correct horse battery";

    public HttpClient Client { get; } = CreateClient(app);

    private static HttpClient CreateClient(WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } kestrel
            // On Kestrel the factory's client options do not reach the socket handler (it would follow redirects itself).
            ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(kestrel) }
            : app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Adds curator <paramref name="name"/> to the app's accounts file unless it is there already.</summary>
    public static async Task EnsureCuratorAsync(WebApplicationFactory<Program> app, string name)
    {
        var accounts = app.Services.GetRequiredService<CuratorAccountsFile>();
        if (await accounts.FindAsync(name) is null)
        {
            await accounts.AddAsync(name, Password);
        }
    }

    /// <summary>The antiforgery token of a page's form (the sign-in page's by default).</summary>
    public async Task<string> FormTokenAsync(string page = CuratorSignInEndpoints.SignInPath)
    {
        var html = await Client.GetStringAsync(page);
        var input = new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]");
        return input?.GetAttribute("value") ?? throw new InvalidOperationException($"{page} has no antiforgery token");
    }

    public async Task<HttpResponseMessage> PostSignInAsync(string name, string password, string? token, string returnUrl = "/")
    {
        var fields = new Dictionary<string, string> { ["name"] = name, ["password"] = password, ["returnUrl"] = returnUrl };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }
        return await Client.PostAsync(CuratorSignInEndpoints.SignInPath, new FormUrlEncodedContent(fields));
    }

    /// <summary>Signs in as <paramref name="name"/>, failing the test when no curator cookie comes back.</summary>
    public async Task SignInAsync(string name)
    {
        var response = await PostSignInAsync(name, Password, await FormTokenAsync());
        Assert.True(SetsCuratorCookie(response), $"signing in as {name} set no cookie: {response.StatusCode} {response.Headers.Location}");
    }

    /// <summary>A token for the API's <see cref="AntiforgeryRequired.HeaderName"/> header, for whoever is signed in.</summary>
    public async Task<string> ApiTokenAsync()
    {
        var token = await Client.GetFromJsonAsync<CuratorSignInEndpoints.AntiforgeryToken>("/api/antiforgery");
        return token!.Token;
    }

    public static bool SetsCuratorCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(CuratorCookie + "=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
}

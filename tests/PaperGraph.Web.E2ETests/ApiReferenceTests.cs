using Microsoft.Playwright;

namespace PaperGraph.Web.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class ApiReferenceTests(AppFixture app)
{
    /// <summary>Only the app's own scripts and styles, as a production Content-Security-Policy allows.</summary>
    private const string StrictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'";

    [BrowserFact]
    public async Task The_API_reference_lists_the_operations_under_a_strict_content_security_policy()
    {
        await using var tab = await app.OpenPageAsync();
        var refused = new List<string>();
        tab.Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(message.Text);
            }
        };
        await tab.Page.RouteAsync("**/api-reference.html", async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = StrictPolicy };
            await route.FulfillAsync(new() { Response = response, Headers = headers });
        });

        await tab.Page.GotoAsync("api-reference.html");

        var operations = tab.Page.Locator("[data-testid=api-reference] .opblock");
        // The bundle is large and the document is fetched after it starts: give a loaded machine time.
        await Assertions.Expect(operations.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.True(await operations.CountAsync() >= 5, "The reference lists fewer operations than the API has.");
        await Assertions.Expect(tab.Page.Locator(".opblock-summary-path").Filter(new() { HasText = "/api/" }).First).ToBeVisibleAsync();
        Assert.Empty(refused);
    }
}

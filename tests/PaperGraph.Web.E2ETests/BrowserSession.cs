using Microsoft.Playwright;

namespace PaperGraph.Web.E2ETests;

/// <summary>One headless <see cref="Chromium"/> driven by Playwright; every tab gets its own context (cookies, storage).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<BrowserSession> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>A fresh tab on the app at <paramref name="baseAddress"/>, named after the test that uses it;
    /// <paramref name="patience"/> (when given) is how long its navigations and waits may take.</summary>
    public async Task<BlazorPage> OpenPageAsync(Uri baseAddress, string testName, TimeSpan? patience = null)
    {
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new() { Width = 1400, Height = 900 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        if (patience is { } time)
        {
            page.SetDefaultTimeout((float)time.TotalMilliseconds);
        }
        return new BlazorPage(page, testName, patience);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

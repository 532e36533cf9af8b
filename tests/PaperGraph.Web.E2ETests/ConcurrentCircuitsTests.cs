using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PaperGraph.Web.E2ETests;

/// <summary>Twenty readers at once, each in their own browser context: search on the home page, then the graph
/// explorer. Every circuit stays connected, and once the tabs close the server lets go of them and of their memory.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Long")]
public sealed class ConcurrentCircuitsTests(AppFixture app, ITestOutputHelper output)
{
    private const int Readers = 20;
    private const int LoadsAtOnce = 3;

    /// <summary>Generous: twenty tabs share the machine's cores with the server and each other.</summary>
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(30);

    /// <summary>What the server may keep after twenty sessions: caches of the answers they asked for, not circuits.</summary>
    private const long AllowedGrowthBytes = 32L * 1024 * 1024;

    [BrowserFact]
    public async Task Twenty_circuits_at_once_search_and_explore_without_errors_and_release_their_memory()
    {
        // Listening before the warm-up, so that its circuits closing late cannot count below zero.
        using var circuits = new ActiveCircuits();
        // One session first, so that compiled code and the store's caches are in the baseline.
        await using (var warmUp = await app.OpenPageAsync())
        {
            await UseSearchAndExplorerAsync(warmUp);
            await warmUp.Page.GotoAsync("about:blank");
        }
        await circuits.WaitUntilAllClosedAsync(CloseTimeout);
        var baseline = ServerMemory.Measure();

        var openedBefore = circuits.Opened;
        var tabs = await Task.WhenAll(Enumerable.Range(0, Readers).Select(reader => app.OpenPageAsync($"{nameof(ConcurrentCircuitsTests)}-{reader}")));
        BlazorPage[] closed = [];
        try
        {
            // All twenty work at once; only their page loads are staggered a little, which a shared CI machine needs.
            using var loads = new SemaphoreSlim(LoadsAtOnce);
            await Task.WhenAll(tabs.Select(tab => UseSearchAndExplorerAsync(tab, loads)));
            await Task.WhenAll(tabs.Select(tab => tab.AssertCircuitStaysConnectedAsync()));
            var open = ServerMemory.Measure();
            // Two pages a tab, a circuit each; that all twenty tabs are connected at once was checked above. (The
            // count of open circuits can read one short: a circuit of an earlier test may close meanwhile.)
            var opened = circuits.Opened - openedBefore;
            Assert.True(opened >= 2 * Readers, $"{opened} circuits were opened for {Readers} tabs of two pages each.");
            Assert.All(tabs, tab => Assert.Empty(tab.ConsoleErrors));

            // Readers leave: the page tells the server, which ends the circuit rather than keeping it for a reconnect.
            closed = tabs;
            await Task.WhenAll(tabs.Select(async tab =>
            {
                await tab.Page.GotoAsync("about:blank");
                await tab.DisposeAsync();
            }));
            var clock = Stopwatch.StartNew();
            await circuits.WaitUntilAllClosedAsync(CloseTimeout);
            var after = ServerMemory.Measure();

            output.WriteLine($"circuits: peak {circuits.Peak}, closed within {clock.Elapsed.TotalSeconds:F1} s");
            output.WriteLine($"managed heap: {baseline} before, {open} with {Readers} circuits, {after} after they closed");
            Assert.True(after.ManagedBytes - baseline.ManagedBytes < AllowedGrowthBytes,
                $"The server kept {after.ManagedBytes - baseline.ManagedBytes:N0} bytes more after the circuits closed ({baseline} -> {after}).");
        }
        finally
        {
            // After a failure: close without the screenshot, which could time out on a stuck tab and hide the failure.
            foreach (var tab in tabs.Except(closed))
            {
                await tab.Page.Context.DisposeAsync();
            }
        }
    }

    /// <summary>Searches as a reader types on the home page, then opens the explorer and searches there, each page on
    /// its own circuit.</summary>
    private static async Task UseSearchAndExplorerAsync(BlazorPage tab, SemaphoreSlim? loads = null)
    {
        tab.Page.SetDefaultTimeout((float)StepTimeout.TotalMilliseconds);
        await LoadAsync(tab, "", loads);
        // The box is disabled until the page is interactive; keys typed into it before are lost.
        var searchBox = tab.Page.GetByTestId("search-box");
        await Assertions.Expect(searchBox).ToBeEnabledAsync(new() { Timeout = (float)StepTimeout.TotalMilliseconds });
        await searchBox.PressSequentiallyAsync("ImageNet");
        await Assertions.Expect(tab.Page.Locator("[data-testid=search-result]").First).ToBeVisibleAsync(new() { Timeout = (float)StepTimeout.TotalMilliseconds });

        await LoadAsync(tab, "graph?q=ImageNet", loads);
        await new GraphCanvas(tab.Page).WaitForLayoutAsync();
        // Hits follow the typing; Enter would add the top one and clear them.
        await tab.Page.GetByTestId("graph-search").FillAsync("CSPNet");
        await Assertions.Expect(tab.Page.GetByTestId("graph-hits").GetByRole(AriaRole.Button).Filter(new() { HasText = "CSPNet" }).First).ToBeVisibleAsync(new() { Timeout = (float)StepTimeout.TotalMilliseconds });
    }

    private static async Task LoadAsync(BlazorPage tab, string path, SemaphoreSlim? loads)
    {
        if (loads is not null)
        {
            await loads.WaitAsync();
        }
        try
        {
            await tab.GotoAsync(path, StepTimeout);
        }
        finally
        {
            loads?.Release();
        }
    }
}

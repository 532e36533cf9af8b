using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Queries;

namespace PaperGraph.Web.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class SearchAndLeaderboardTests(AppFixture app)
{
    [BrowserFact]
    public async Task Searching_ImageNet_from_home_opens_a_leaderboard_listing_each_reporting_paper_with_its_values()
    {
        var reports = await app.Store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"))
            ?? throw new InvalidOperationException("The seed corpus has no ImageNet dataset.");
        Assert.NotEmpty(reports.Papers);
        await using var tab = await app.OpenPageAsync();
        await tab.GotoAsync("");

        // The box stays disabled until the circuit is up: keystrokes before that would be lost.
        var searchBox = tab.Page.GetByTestId("search-box");
        await Assertions.Expect(searchBox).ToBeEnabledAsync();
        await searchBox.PressSequentiallyAsync("ImageNet");
        var imageNet = tab.Page.Locator("[data-testid=search-result][data-kind=Dataset]")
            .Filter(new() { Has = tab.Page.Locator(".hit-label", new() { HasTextRegex = new Regex("^ImageNet$") }) });
        await imageNet.WaitForAsync();
        await tab.Page.Keyboard.PressAsync("Escape"); // closes the suggestions, which may cover the results
        await imageNet.ClickAsync();

        await Assertions.Expect(tab.Page).ToHaveURLAsync(new Regex("/entities/dataset:imagenet$"));
        var rows = tab.Page.GetByTestId("leaderboard-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        foreach (var table in LeaderboardBuilder.Build(reports).Tables)
        {
            foreach (var expected in table.Rows)
            {
                var value = expected.ValueText;
                var row = rows
                    .Filter(new() { HasText = expected.Paper.Title })
                    .Filter(new() { Has = tab.Page.GetByTestId("leaderboard-value").GetByText(value, new() { Exact = true }) });
                Assert.True(await row.CountAsync() > 0, $"No leaderboard row shows {expected.Paper.Title}: {table.Metric} {value}");
            }
        }
    }
}

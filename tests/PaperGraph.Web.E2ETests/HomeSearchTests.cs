using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PaperGraph.Web.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class HomeSearchTests(AppFixture app)
{
    [BrowserFact]
    public async Task Enter_in_the_home_search_shows_the_results_and_nothing_covers_them()
    {
        await using var tab = await app.OpenPageAsync();
        await tab.GotoAsync("");
        var box = tab.Page.GetByTestId("search-box");
        await Assertions.Expect(box).ToBeEnabledAsync();

        await box.PressSequentiallyAsync("CIFAR");
        await box.PressAsync("Enter");

        var first = tab.Page.GetByTestId("search-result").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        await Task.Delay(500); // a navigation Enter started, or a list about to open, shows by now
        await Assertions.Expect(tab.Page).ToHaveURLAsync(new Regex("/$"));
        var covered = await first.EvaluateAsync<bool>(
            "e => { const r = e.getBoundingClientRect(); const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); return !e.contains(top); }");
        Assert.False(covered, "Something covers the first search result.");
    }
}

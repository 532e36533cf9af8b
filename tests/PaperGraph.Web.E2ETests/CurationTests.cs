using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Web.E2ETests;

/// <summary>A curator signs in, merges a candidate cluster on the curation page, sees the merged entity, and undoes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CurationTests(AppFixture app) : IAsyncLifetime
{
    private const string Survivor = "dataset:cifar10";
    private const string Merged = "dataset:cifar100";

    private ISuggestionStore Suggestions => app.Services.GetRequiredService<ISuggestionStore>();

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            return;
        }
        await TestCurator.EnsureAsync(app.Services);
        await Suggestions.ReplaceSuggestionsAsync(SuggestionKind.MergeCandidate,
            [new Suggestion(SuggestionKind.MergeCandidate, Survivor, Merged, 0.9, ["same fingerprint"])]);
    }

    public async Task DisposeAsync()
    {
        if (Chromium.IsInstalled || Chromium.IsRequired)
        {
            await Suggestions.ReplaceSuggestionsAsync(SuggestionKind.MergeCandidate, []);
        }
    }

    [BrowserFact]
    public async Task A_curator_merges_two_entities_sees_the_merged_entity_and_undoes_the_merge()
    {
        await using var tab = await app.OpenPageAsync();
        var page = tab.Page;

        await tab.SignInAsync(TestCurator.Name, TestCurator.Password, "/curation");
        await Assertions.Expect(page.GetByTestId("curator-name")).ToHaveTextAsync(TestCurator.Name);

        var cluster = page.GetByTestId("merge-cluster").First;
        await cluster.Locator($"[data-key='{Survivor}'] [data-testid=member-canonical]").CheckAsync();
        await cluster.GetByTestId("merge-selected").ClickAsync();
        await Assertions.Expect(page.GetByTestId("curation-done")).ToContainTextAsync($"Merged {Merged} into {Survivor}");
        await page.GetByTestId("curation-done-link").ClickAsync();

        await Assertions.Expect(page.GetByTestId("entity-name")).ToHaveTextAsync("CIFAR-10");
        await Assertions.Expect(page.GetByTestId("aliases")).ToContainTextAsync("CIFAR-100");

        await tab.GotoAsync("/curation");
        var entry = page.GetByTestId("log-entry").Filter(new() { HasTextString = $"merge {Merged} into" }).First;
        await entry.GetByTestId("undo").ClickAsync();
        await Assertions.Expect(page.GetByTestId("curation-done")).ToContainTextAsync("Undid entry");
        await Assertions.Expect(entry).ToContainTextAsync("Undone by ada");

        await tab.GotoAsync("/entities/" + Merged);
        await Assertions.Expect(page.GetByTestId("entity-name")).ToHaveTextAsync("CIFAR-100");
        await tab.GotoAsync("/entities/" + Survivor);
        await Assertions.Expect(page.GetByTestId("entity-name")).ToHaveTextAsync("CIFAR-10");
        await Assertions.Expect(page.GetByTestId("aliases")).Not.ToContainTextAsync("CIFAR-100");
        await tab.AssertCircuitStaysConnectedAsync();
    }
}

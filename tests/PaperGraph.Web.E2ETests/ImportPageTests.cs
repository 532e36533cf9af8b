using Microsoft.Playwright;

namespace PaperGraph.Web.E2ETests;

/// <summary>A curator signs in, uploads the real d2l.bib (the BibTeX library of Dive into Deep Learning, 526 entries; the
/// copy in PaperGraph.Core.Tests' fixtures, licence in NOTICE.md there), watches the import and finds a paper of it in search.</summary>
[Collection(UploadBrowserCollection.Name)]
public sealed class ImportPageTests(UploadAppFixture app) : IAsyncLifetime
{
    private const int D2lEntries = 526;

    private static string D2lBib => Path.Combine(AppContext.BaseDirectory, "Fixtures", "d2l.bib");

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            return;
        }
        await TestCurator.EnsureAsync(app.Services);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task A_curator_uploads_d2l_bib_sees_progress_and_summary_and_finds_its_papers_in_search()
    {
        await using var tab = await app.OpenPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(TestCurator.Name, TestCurator.Password, "/import");

        // Blazor's InputFile hears a change only once its interop has set the input up, just after the first render.
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(D2lBib);
        // The chosen files travel over the circuit first: slow on a busy machine.
        await Assertions.Expect(page.GetByTestId("import-chosen")).ToContainTextAsync("d2l.bib", new() { Timeout = 30_000 });
        await page.GetByTestId("import-start").ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-progress")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("import-summary")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.GetByTestId("import-progress-counts")).ToContainTextAsync($"d2l.bib: {D2lEntries} records read");
        await Assertions.Expect(page.GetByTestId("import-progress-counts")).ToContainTextAsync("0 rejected");
        await Assertions.Expect(page.GetByTestId("summary-read")).ToHaveTextAsync($"{D2lEntries}");
        await Assertions.Expect(page.GetByTestId("summary-rejected")).ToHaveTextAsync("0");
        var added = int.Parse(await page.GetByTestId("summary-added").TextContentAsync() ?? "", System.Globalization.NumberStyles.AllowThousands,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(added, 1, D2lEntries);
        await Assertions.Expect(page.GetByTestId("import-added").Locator("a").First).ToBeVisibleAsync();
        await tab.AssertCircuitStaysConnectedAsync();

        await Assertions.Expect(page.GetByTestId("import-search-link")).ToHaveAttributeAsync("href", "/");
        await tab.GotoAsync("/?q=Tensorflow");
        await Assertions.Expect(page.GetByTestId("search-result").First)
            .ToContainTextAsync("Tensorflow: A system for large-scale machine learning");
    }
}

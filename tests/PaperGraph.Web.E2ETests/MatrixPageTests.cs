using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PaperGraph.Web.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class MatrixPageTests(AppFixture app, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Matrix_shows_only_methods_and_datasets_with_a_cell()
    {
        await using var tab = await app.OpenPageAsync();
        await tab.GotoAsync("matrix");
        await Assertions.Expect(tab.Page.GetByTestId("matrix-cell").First).ToBeVisibleAsync();

        var emptyLines = await tab.Page.EvaluateAsync<int[]>(
            """
            () => {
                const rows = [...document.querySelectorAll('.heatmap tbody tr')];
                const columns = document.querySelectorAll('.heatmap thead .dataset-header').length;
                const emptyRows = rows.filter(r => !r.querySelector('[data-testid=matrix-cell]')).length;
                let emptyColumns = 0;
                for (let c = 0; c < columns; c++) {
                    if (!rows.some(r => r.querySelectorAll('td')[c].querySelector('[data-testid=matrix-cell]'))) emptyColumns++;
                }
                return [emptyRows, emptyColumns];
            }
            """);

        Assert.Equal([0, 0], emptyLines);
    }

    [BrowserFact]
    public async Task The_papers_panel_of_a_cell_leaves_the_whole_matrix_in_view()
    {
        await using var tab = await app.OpenPageAsync();
        await tab.GotoAsync("matrix");

        await tab.Page.GetByTestId("matrix-cell").First.ClickAsync();
        await Assertions.Expect(tab.Page.GetByTestId("matrix-papers")).ToBeVisibleAsync();

        await tab.SaveAtWidthsAsync("matrix-with-panel", async _ =>
        {
            var clipped = await tab.Page.EvaluateAsync<bool>(
                """
                () => {
                    const s = document.querySelector('[data-testid=matrix]');
                    const room = document.querySelector('.matrix-layout').clientWidth;
                    return s.scrollWidth > s.clientWidth + 1 && s.scrollWidth <= room;
                }
                """);
            // A matrix wider than the page scrolls at any rate; one that fits must not be cut off by the panel.
            Assert.False(clipped, "The matrix is cut off beside the papers panel.");
        });
        output.WriteLine($"Screenshots: {BlazorPage.ArtifactFolder}");
    }
}

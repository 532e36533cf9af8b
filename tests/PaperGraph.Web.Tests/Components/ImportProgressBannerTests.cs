using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Web.Components.Layout;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Tests.Components;

public sealed class ImportProgressBannerTests : MudComponentContext
{
    private readonly ImportStatus _status = new();

    public ImportProgressBannerTests() => Services.AddSingleton(_status);

    [Fact]
    public async Task Progress_appears_while_importing_and_follows_each_report()
    {
        var cut = Render<ImportProgressBanner>();
        Assert.Empty(cut.FindAll("[data-testid=import-progress]"));

        _status.Report(120, null);
        await cut.WaitForAssertionAsync(() => Assert.Contains("120 papers", cut.Find("[data-testid=import-progress]").TextContent));

        _status.Report(200, null);
        await cut.WaitForAssertionAsync(() => Assert.Contains("200 papers", cut.Find("[data-testid=import-progress]").TextContent));
    }

    [Fact]
    public async Task Progress_disappears_when_the_import_completes()
    {
        _status.Report(10, null);
        var cut = Render<ImportProgressBanner>();
        Assert.NotNull(cut.Find("[data-testid=import-progress]"));

        _status.Complete(240, "Imported 240 papers.");

        await cut.WaitForAssertionAsync(() => Assert.Empty(cut.FindAll("[data-testid=import-progress]")));
    }

    [Fact]
    public async Task A_failed_import_shows_its_message()
    {
        var cut = Render<ImportProgressBanner>();

        _status.Fail("The seed corpus is not valid UTF-8.");

        await cut.WaitForAssertionAsync(() => Assert.Contains("The seed corpus is not valid UTF-8.", cut.Markup));
    }

    [Fact]
    public async Task Finished_completes_once_the_import_is_done()
    {
        _status.Report(5, null);
        Assert.False(_status.Finished.IsCompleted);

        _status.Complete(7, "done");

        var snapshot = await _status.Finished;
        Assert.Equal(ImportState.Completed, snapshot.State);
        Assert.Equal(7, snapshot.PapersProcessed);
    }
}

using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Graph;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.E2ETests;

/// <summary>The real app on Kestrel (a free loopback port, a fresh SQLite file in a temp folder) after its
/// first-start import of the seed corpus, plus <see cref="HostilePaper"/>; and one headless Chromium.</summary>
public sealed class AppFixture : IAsyncLifetime, IRunningApp
{
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(3);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "papergraph-e2e-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private BrowserSession? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IGraphStore Store => _factory!.Services.GetRequiredService<IGraphStore>();

    /// <summary>The running app's services (curator accounts, the suggestion store), to set up what a test needs.</summary>
    public IServiceProvider Services => _factory!.Services;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            return; // Every test is skipped; starting the app would be wasted time.
        }
        Directory.CreateDirectory(_folder);
        Directory.CreateDirectory(ScreenshotFolder);
        var port = FreePort.Find();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
            host.UseSetting("PaperGraph:DatabasePath", Path.Combine(_folder, "papergraph.db")));
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");

        var import = await _factory.Services.GetRequiredService<ImportStatus>().Finished.WaitAsync(ImportTimeout);
        if (import.State != ImportState.Completed)
        {
            throw new InvalidOperationException($"The seed import did not complete: {import.State} {import.Message}");
        }
        await Store.UpsertAsync([HostilePaper.Record()]);

        _browser = await BrowserSession.LaunchAsync();
    }

    /// <summary>A fresh browser tab (own cookies and storage) on the app, for the calling test.</summary>
    public Task<BlazorPage> OpenPageAsync([CallerMemberName] string testName = "") => _browser!.OpenPageAsync(BaseAddress, testName);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

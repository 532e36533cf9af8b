using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Import;
using PaperGraph.Tests.Shared;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.E2ETests;

/// <summary>The real app on Kestrel (a free loopback port, a fresh SQLite file in a temp folder) after its
/// first-start import of the seed corpus, plus <see cref="HostilePaper"/> and the <see cref="CitationSample"/> (a
/// paper with a dated reference list); and one headless Chromium. A derived fixture may start it empty instead, with
/// settings of its own.</summary>
public class AppFixture : IAsyncLifetime, IRunningApp
{
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(3);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "papergraph-e2e-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private BrowserSession? _browser;
    private readonly bool _seeded;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public AppFixture()
        : this(seeded: true, new Dictionary<string, string>())
    {
    }

    /// <param name="seeded">Whether the app imports the seed corpus (and the test adds its hostile paper) before tests run.</param>
    /// <param name="settings">Configuration beside the database path, such as <c>PaperGraph:AllowImport</c>.</param>
    protected AppFixture(bool seeded, IReadOnlyDictionary<string, string> settings)
    {
        _seeded = seeded;
        _settings = settings;
    }

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
        {
            host.UseSetting("PaperGraph:DatabasePath", Path.Combine(_folder, "papergraph.db"));
            host.UseSetting("PaperGraph:ImportSeedOnFirstStart", _seeded ? "true" : "false");
            foreach (var (key, value) in _settings)
            {
                host.UseSetting(key, value);
            }
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");

        var import = await _factory.Services.GetRequiredService<ImportStatus>().Finished.WaitAsync(ImportTimeout);
        if (_seeded)
        {
            if (import.State != ImportState.Completed)
            {
                throw new InvalidOperationException($"The seed import did not complete: {import.State} {import.Message}");
            }
            await Store.UpsertAsync([HostilePaper.Record()]);
            await _factory.Services.GetRequiredService<CorpusImporter>().ImportAsync([CitationSample.Path]);
        }

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

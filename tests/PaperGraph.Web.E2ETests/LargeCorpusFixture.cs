using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PaperGraph.Core.Graph;
using PaperGraph.Tests.Shared;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.E2ETests;

/// <summary>The real app on Kestrel over a prebuilt large database (100,000 papers) named by
/// <see cref="DatabaseVariable"/>, and one headless Chromium. Give it a copy: the app may migrate the file.
/// Without the variable nothing starts and <see cref="LargeCorpusFactAttribute"/> skips the tests.</summary>
public sealed class LargeCorpusFixture : IAsyncLifetime, IRunningApp
{
    public const string DatabaseVariable = "PAPERGRAPH_E2E_LARGE_DB";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    /// <summary>How long a page and its controls may take on 100,000 papers on a shared machine: what these tests
    /// check is that the circuit survives and answers, not speed (measured by <c>papergraph bench</c>).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private WebApplicationFactory<Program>? _factory;
    private BrowserSession? _browser;

    public static string? DatabasePath =>
        Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } path ? path : null;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IGraphStore Store => _factory!.Services.GetRequiredService<IGraphStore>();

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = StartTimeout };

    public async Task InitializeAsync()
    {
        if (DatabasePath is not { } database || !Chromium.IsInstalled)
        {
            return;
        }
        var port = FreePort.Find();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("PaperGraph:DatabasePath", database));
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        // A database with papers skips the seed import; waiting for that decision keeps its banner off the pages.
        await _factory.Services.GetRequiredService<ImportStatus>().Finished.WaitAsync(StartTimeout);
        _browser = await BrowserSession.LaunchAsync();
        // Expect() assertions have one process-wide timeout; the Long tests run on their own (filtered by trait).
        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
    }

    public Task<BlazorPage> OpenPageAsync(string testName) => _browser!.OpenPageAsync(BaseAddress, testName, Patience);

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
    }
}

using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaperGraph.Tests.Shared;
using PaperGraph.Web.Hosting;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Tests.Reliability;

/// <summary>The built web app (src/PaperGraph.Web's own build, of the tests' configuration) as a child process on
/// 127.0.0.1, in Production, importing <paramref name="seedCorpus"/> on first start into <paramref name="database"/>.</summary>
internal sealed class WebAppProcess : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Process _process;
    private readonly HttpClient _client;

    private WebAppProcess(string database, string seedCorpus)
    {
        var port = FreePort.Find();
        var project = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "src", "PaperGraph.Web");
        // The tests' folder is bin/CONFIGURATION/net10.0; the app was built beside them in the same configuration.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var assembly = Path.Combine(project, "bin", configuration, "net10.0", "PaperGraph.Web.dll");
        _process = DotnetProcess.StartDiscardingOutput(assembly,
        [
            "--urls", $"http://127.0.0.1:{port}/", "--environment", "Production",
            "--PaperGraph:DatabasePath", database, "--PaperGraph:SeedCorpusPath", seedCorpus,
            "--PaperGraph:ImportSeedOnFirstStart", "true",
        ], workingDirectory: project);
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public static WebAppProcess Start(string database, string seedCorpus) => new(database, seedCorpus);

    public bool HasExited => _process.HasExited;

    public Task WaitForExitAsync() => _process.WaitForExitAsync();

    /// <summary>Polls <c>/api/import-status</c> until the first-start import has finished (or the app stops).</summary>
    public async Task<ImportSnapshot> WaitForImportAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            Assert.False(_process.HasExited, $"The web app exited with {(_process.HasExited ? _process.ExitCode : 0)} before its import finished.");
            try
            {
                var snapshot = await _client.GetFromJsonAsync<ImportSnapshot>("api/import-status", Json, cancellation.Token);
                if (snapshot is { IsFinished: true })
                {
                    return snapshot;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(Poll, cancellation.Token);
        }
    }

    /// <summary>SIGKILL on Unix: no chance to clean up.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
        _client.Dispose();
    }
}

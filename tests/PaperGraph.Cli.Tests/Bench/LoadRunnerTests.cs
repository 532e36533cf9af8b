using PaperGraph.Cli.Bench;

namespace PaperGraph.Cli.Tests.Bench;

public sealed class LoadRunnerTests
{
    private const string SearchHits = """[{"nodeId":"title:deep-residual-learning","kind":"Paper"}]""";

    private static (int, string) Answer(string path) => path switch
    {
        _ when path.StartsWith("/api/search", StringComparison.Ordinal) => (200, SearchHits),
        _ when path.StartsWith("/datasets/", StringComparison.Ordinal) => (500, "broken"),
        _ => (200, "<html></html>"),
    };

    private static LoadSettings Settings(Uri server, int maxRequests, TimeSpan warmUp) =>
        new(server, Clients: 2, Duration: TimeSpan.FromSeconds(30), maxRequests, ServerProcessId: null, warmUp);

    [Fact]
    public async Task Warm_up_requests_are_served_but_not_measured()
    {
        using var server = new ScriptedHttpServer(Answer);

        var report = await new LoadRunner(Settings(server.Address, maxRequests: 40, TimeSpan.FromSeconds(1))).RunAsync(_ => { }, CancellationToken.None);

        Assert.Equal(40, report.Requests);
        Assert.Equal(40, report.Routes.Sum(route => route.Requests));
        Assert.True(server.Served > 40 + 2, $"the server answered {server.Served} requests; the warm-up should add to the 40 measured and the 2 discovery searches");
    }

    [Fact]
    public async Task Failed_requests_count_as_errors_of_their_route()
    {
        using var server = new ScriptedHttpServer(Answer);

        var report = await new LoadRunner(Settings(server.Address, maxRequests: 200, TimeSpan.Zero)).RunAsync(_ => { }, CancellationToken.None);

        var dataset = Assert.Single(report.Routes, route => route.Route.Contains("datasets", StringComparison.Ordinal));
        Assert.True(dataset.Requests > 0);
        Assert.Equal(dataset.Requests, dataset.Errors);
        Assert.Equal(dataset.Errors, report.Errors);
        Assert.Contains(report.FirstErrors, error => error.StartsWith("500 datasets/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Servers_off_this_machine_are_refused()
    {
        var runner = new LoadRunner(Settings(new Uri("http://example.org/"), maxRequests: 1, TimeSpan.Zero));

        var refusal = await Assert.ThrowsAsync<CliUsageException>(() => runner.RunAsync(_ => { }, CancellationToken.None));

        Assert.Contains("loopback", refusal.Message);
    }
}

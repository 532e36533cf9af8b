using System.Collections.Concurrent;
using System.Diagnostics;

namespace PaperGraph.Cli.Bench;

/// <summary>A bounded HTTP load: concurrent clients request the route mix in random order until the time or the request
/// budget runs out. Only a server on this machine (a loopback address) is accepted.</summary>
internal sealed class LoadRunner(LoadSettings settings)
{
    private const int ErrorSamples = 10;

    public async Task<LoadReport> RunAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        if (!settings.Server.IsLoopback)
        {
            throw new CliUsageException($"{settings.Server} is not on this machine; a load run only targets a loopback address (127.0.0.1, localhost)");
        }
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = settings.Server, Timeout = TimeSpan.FromSeconds(30) };
        var routes = await LoadRoutes.DiscoverAsync(client, cancellationToken);
        var memoryAtStart = ProcessMemory.ResidentMebibytes(settings.ServerProcessId);
        var samples = routes.All.ToDictionary(r => r.Name, _ => new ConcurrentBag<double>());
        var errors = routes.All.ToDictionary(r => r.Name, _ => 0);
        var errorLock = new object();
        var firstErrors = new ConcurrentQueue<string>();
        var requests = 0;
        progress($"load: {settings.Clients} clients for {settings.Duration.TotalSeconds:N0} s against {settings.Server}");

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.Duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, settings.Clients).Select(id => Task.Run(async () =>
        {
            var random = new Random(id);
            while (!deadline.IsCancellationRequested && Interlocked.Increment(ref requests) <= settings.MaxRequests)
            {
                var route = routes.All[random.Next(routes.All.Count)];
                var path = route.Paths[random.Next(route.Paths.Count)];
                var started = Stopwatch.GetTimestamp();
                string? problem;
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, deadline.Token);
                    problem = response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {path}";
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested)
                {
                    Interlocked.Decrement(ref requests); // Cut off by the end of the run, not an error.
                    break;
                }
                catch (HttpRequestException e)
                {
                    problem = $"{path}: {e.Message}";
                }
                if (problem is null)
                {
                    samples[route.Name].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    lock (errorLock)
                    {
                        errors[route.Name]++;
                    }
                    if (firstErrors.Count < ErrorSamples)
                    {
                        firstErrors.Enqueue(problem);
                    }
                }
            }
        }, CancellationToken.None)));
        var seconds = clock.Elapsed.TotalSeconds;
        var made = Math.Min(requests, settings.MaxRequests);

        var perRoute = routes.All.Select(r => new RouteLoad(r.Name, samples[r.Name].Count + errors[r.Name], errors[r.Name],
            samples[r.Name].IsEmpty ? null : LatencyStatistics.From(samples[r.Name].ToArray()))).ToList();
        return new LoadReport(settings.Clients, seconds, made, errors.Values.Sum(), made / seconds, perRoute,
            memoryAtStart, ProcessMemory.ResidentMebibytes(settings.ServerProcessId), [.. firstErrors]);
    }
}

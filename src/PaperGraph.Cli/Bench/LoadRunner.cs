using System.Collections.Concurrent;
using System.Diagnostics;

namespace PaperGraph.Cli.Bench;

/// <summary>A bounded HTTP load: concurrent clients request the route mix in random order until the time or the request
/// budget runs out, after an unmeasured warm-up of the same mix. Only a server on this machine (a loopback address) is
/// accepted.</summary>
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
        if (settings.WarmUp > TimeSpan.Zero)
        {
            // A server that runs for months answers from compiled, optimised code and warm caches; the first seconds
            // of a fresh process (tiered JIT, first reads) are not what its users see.
            progress($"warm-up: {settings.Clients} clients for {settings.WarmUp.TotalSeconds:N0} s, not measured");
            await DriveAsync(client, routes, settings.WarmUp, new Tally(routes, int.MaxValue), cancellationToken);
        }

        var memoryAtStart = ProcessMemory.ResidentMebibytes(settings.ServerProcessId);
        progress($"load: {settings.Clients} clients for {settings.Duration.TotalSeconds:N0} s against {settings.Server}");
        var tally = new Tally(routes, settings.MaxRequests);
        var clock = Stopwatch.StartNew();
        await DriveAsync(client, routes, settings.Duration, tally, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var made = tally.Made;

        var perRoute = routes.All.Select(r => new RouteLoad(r.Name, tally.Samples[r.Name].Count + tally.Errors[r.Name], tally.Errors[r.Name],
            tally.Samples[r.Name].IsEmpty ? null : LatencyStatistics.From(tally.Samples[r.Name].ToArray()))).ToList();
        return new LoadReport(settings.Clients, seconds, made, tally.Errors.Values.Sum(), made / seconds, perRoute,
            memoryAtStart, ProcessMemory.ResidentMebibytes(settings.ServerProcessId), [.. tally.FirstErrors]);
    }

    private async Task DriveAsync(HttpClient client, LoadRoutes routes, TimeSpan duration, Tally tally, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(duration);
        await Task.WhenAll(Enumerable.Range(0, settings.Clients).Select(id => Task.Run(async () =>
        {
            var random = new Random(id);
            while (!deadline.IsCancellationRequested && tally.TryStart())
            {
                var route = routes.All[random.Next(routes.All.Count)];
                var path = route.Paths[random.Next(route.Paths.Count)];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, deadline.Token);
                    tally.Record(route, response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {path}", started);
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested)
                {
                    tally.Abandon(); // Cut off by the end of the run, not an error.
                    break;
                }
                catch (HttpRequestException e)
                {
                    tally.Record(route, $"{path}: {e.Message}", started);
                }
            }
        }, CancellationToken.None)));
    }

    /// <summary>The requests of one phase: latencies of the answered ones and errors per route, within a budget.</summary>
    private sealed class Tally(LoadRoutes routes, int maxRequests)
    {
        private readonly Lock _errorLock = new();
        private int _requests;

        public Dictionary<string, ConcurrentBag<double>> Samples { get; } = routes.All.ToDictionary(r => r.Name, _ => new ConcurrentBag<double>());
        public Dictionary<string, int> Errors { get; } = routes.All.ToDictionary(r => r.Name, _ => 0);
        public ConcurrentQueue<string> FirstErrors { get; } = new();
        public int Made => Math.Min(Volatile.Read(ref _requests), maxRequests);

        public bool TryStart() => Interlocked.Increment(ref _requests) <= maxRequests;

        public void Abandon() => Interlocked.Decrement(ref _requests);

        public void Record(LoadRoute route, string? problem, long started)
        {
            if (problem is null)
            {
                Samples[route.Name].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return;
            }
            lock (_errorLock)
            {
                Errors[route.Name]++;
            }
            if (FirstErrors.Count < ErrorSamples)
            {
                FirstErrors.Enqueue(problem);
            }
        }
    }
}

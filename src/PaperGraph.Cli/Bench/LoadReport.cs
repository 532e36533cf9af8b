namespace PaperGraph.Cli.Bench;

/// <summary>What a load run measured: throughput, latency per route, errors and the server's memory.</summary>
internal sealed record LoadReport(
    int Clients,
    double Seconds,
    int Requests,
    int Errors,
    double RequestsPerSecond,
    IReadOnlyList<RouteLoad> Routes,
    double? ServerMemoryStartMiB,
    double? ServerMemoryEndMiB,
    IReadOnlyList<string> FirstErrors);

/// <summary>One route's share of a load run; <paramref name="Latency"/> covers its successful requests.</summary>
internal sealed record RouteLoad(string Route, int Requests, int Errors, LatencyStatistics? Latency);

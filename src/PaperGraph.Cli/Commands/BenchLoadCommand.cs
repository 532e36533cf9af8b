using System.CommandLine;
using PaperGraph.Cli.Bench;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph bench load --url URL [--clients 50] [--seconds 60]</c>: a bounded HTTP load on a local server.</summary>
internal static class BenchLoadCommand
{
    public static Command Create(CliContext context)
    {
        var url = new Option<string>("--url")
        {
            Description = "The web app to load, on this machine only (e.g. http://127.0.0.1:5080/)",
            HelpName = "URL",
            Required = true,
        };
        var clients = CommonOptions.PositiveInt("--clients", 50, "Concurrent clients");
        var seconds = CommonOptions.PositiveInt("--seconds", 60, "How long the load runs");
        var maxRequests = CommonOptions.PositiveInt("--max-requests", 1_000_000, "Requests in all, at most");
        var warmUp = new Option<int>("--warmup-seconds")
        {
            Description = "Seconds of the same load before the measured run, not measured (0: none)",
            DefaultValueFactory = _ => 15,
            HelpName = "SECONDS",
        };
        warmUp.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--warmup-seconds must be 0 or more.");
            }
        });
        var serverPid = new Option<int?>("--server-pid") { Description = "The server's process id, to report its memory at the start and the end (Linux)", HelpName = "PID" };
        var json = CommonOptions.Json();
        var command = new Command("load",
            "Load a running PaperGraph web app with a mix of the home page, /datasets/ImageNet, paper pages, the search page and the JSON API " +
            "(search, reports-on, papers); report requests per second, p50/p95/p99 latency per route, errors and the server's memory. " +
            "Start the server with PaperGraph:RateLimit:Enabled=false, or the API's rate limit is what gets measured.")
        {
            url, clients, seconds, maxRequests, warmUp, serverPid, json,
        };
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var server))
            {
                throw new CliUsageException("--url must be an absolute address such as http://127.0.0.1:5080/");
            }
            var settings = new LoadSettings(server, parse.GetValue(clients), TimeSpan.FromSeconds(parse.GetValue(seconds)),
                parse.GetValue(maxRequests), parse.GetValue(serverPid), TimeSpan.FromSeconds(parse.GetValue(warmUp)));
            var report = await new LoadRunner(settings).RunAsync(context.Console.Error.WriteLine, cancellationToken);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Console, report);
            }
            else
            {
                Render(context.Console.Stdout, report);
            }
            return report.Errors == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, LoadReport report)
    {
        var table = new Table().AddColumns("Route", "Requests", "Errors", "p50 ms", "p95 ms", "p99 ms", "max ms");
        foreach (var route in report.Routes)
        {
            var latency = route.Latency;
            table.AddTextRow(route.Route, route.Requests.ToString("N0"), route.Errors.ToString("N0"),
                latency?.P50.ToString("N1") ?? "-", latency?.P95.ToString("N1") ?? "-", latency?.P99.ToString("N1") ?? "-", latency?.Max.ToString("N1") ?? "-");
        }
        console.Write(table);
        console.WriteLine($"{report.Requests:N0} requests in {report.Seconds:N1} s by {report.Clients} clients: {report.RequestsPerSecond:N1} requests/s, {report.Errors:N0} errors");
        console.WriteLine($"Server memory (resident): {Mebibytes(report.ServerMemoryStartMiB)} at the start, {Mebibytes(report.ServerMemoryEndMiB)} at the end");
        foreach (var error in report.FirstErrors)
        {
            console.WriteLine($"error: {error}");
        }
    }

    private static string Mebibytes(double? value) => value is { } mib ? $"{mib:N0} MiB" : "unknown";
}

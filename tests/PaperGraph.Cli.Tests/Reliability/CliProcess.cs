using System.Diagnostics;

namespace PaperGraph.Cli.Tests.Reliability;

/// <summary>The real <c>papergraph</c> as a child process (the build beside the tests), for runs that are killed.</summary>
internal static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "papergraph.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    /// <summary>Starts a run whose output nobody reads; it is drained so a full pipe never blocks the run.</summary>
    public static Process StartDiscardingOutput(params string[] args)
    {
        var process = Start(args);
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        return process;
    }

    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(Timeout);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}

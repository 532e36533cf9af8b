using System.Diagnostics;
using PaperGraph.Tests.Shared;

namespace PaperGraph.Cli.Tests.Reliability;

/// <summary>The real <c>papergraph</c> as a child process (the build beside the tests), for runs that are killed.</summary>
internal static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    private static string Assembly => Path.Combine(AppContext.BaseDirectory, "papergraph.dll");

    public static Process Start(params string[] args) => DotnetProcess.Start(Assembly, args);

    /// <summary>Starts a run whose output nobody reads.</summary>
    public static Process StartDiscardingOutput(params string[] args) => DotnetProcess.StartDiscardingOutput(Assembly, args);

    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(Timeout);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}

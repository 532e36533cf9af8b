using System.Diagnostics;

namespace PaperGraph.Tests.Shared;

/// <summary>A built .NET app (the CLI, the web app) as a child process, for runs that are killed or that must not share
/// the test's process. Linked into each test project that starts one.</summary>
internal static class DotnetProcess
{
    public static Process Start(string assemblyPath, IEnumerable<string> args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? "",
        };
        start.ArgumentList.Add(assemblyPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    /// <summary>Starts a run whose output nobody reads; it is drained so a full pipe never blocks the run.</summary>
    public static Process StartDiscardingOutput(string assemblyPath, IEnumerable<string> args, string? workingDirectory = null)
    {
        var process = Start(assemblyPath, args, workingDirectory);
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        return process;
    }
}

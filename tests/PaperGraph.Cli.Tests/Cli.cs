using System.Text.Json;
using PaperGraph.Cli.Bench;

namespace PaperGraph.Cli.Tests;

/// <summary>Runs the real <c>papergraph</c> entry point in-process and captures its output.</summary>
internal static class Cli
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, CliConsole.Plain(output, error));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static string SampleCorpusPath => SampleCorpusLocator.Find() ?? throw new FileNotFoundException(SampleCorpusLocator.RelativePath);
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

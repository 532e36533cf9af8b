using System.Text.Json;
using PaperGraph.Cli.Bench;

namespace PaperGraph.Cli.Tests;

/// <summary>Runs the real <c>papergraph</c> entry point in-process and captures its output.</summary>
internal static class Cli
{
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, environment: null);

    /// <summary>Runs with <paramref name="environment"/> as the only environment variables the store options see,
    /// so a test does not depend on, or change, the process's (NEO4J_URI may be set for the contract tests).</summary>
    public static Task<CliResult> RunInEnvironmentAsync(Dictionary<string, string> environment, params string[] args) =>
        RunAsync(args, name => environment.GetValueOrDefault(name));

    /// <summary>Runs with <paramref name="input"/> as standard input (a pipe, not a terminal).</summary>
    public static Task<CliResult> RunWithInputAsync(string input, params string[] args) => RunAsync(args, environment: null, input);

    private static async Task<CliResult> RunAsync(string[] args, Func<string, string?>? environment, string? input = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input ?? "");
        var exitCode = await CliApplication.RunAsync(args, CliConsole.Plain(output, error, reader), environment);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static string SampleCorpusPath => SampleCorpusLocator.Find() ?? throw new FileNotFoundException(SampleCorpusLocator.RelativePath);
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

using System.Diagnostics;
using PaperGraph.Ml;

namespace PaperGraph.Cli.Commands.Suggest;

/// <summary>Shows a suggestion run's progress on standard error (see <see cref="StageProgressDisplay"/>), then one
/// closing line with the time taken.</summary>
internal static class SuggestProgressDisplay
{
    public static async Task<SuggestionRun> RunAsync(CliConsole console, Func<IProgress<SuggestionProgress>, Task<SuggestionRun>> run)
    {
        var elapsed = Stopwatch.StartNew();
        var result = await StageProgressDisplay.RunAsync(console, run, (SuggestionProgress p) => (p.Stage, p.Done, p.Total));
        var stored = string.Join(", ", result.Stored.Select(kind => $"{kind.Value:N0} {kind.Key}"));
        await console.Error.WriteLineAsync(
            $"suggest: {result.Papers:N0} papers and {result.Entities:N0} entities read, stored {stored} in {elapsed.Elapsed.TotalSeconds:0.0} s");
        return result;
    }
}

using System.Diagnostics;
using PaperGraph.Core.Suggestions;
using PaperGraph.Ml;

namespace PaperGraph.Cli.Bench;

/// <summary>Times one run of every kind of suggestion over the benchmark's store and reads the process's peak working
/// set after it (which also covers the import before it: when it is higher, the suggestions set it).</summary>
internal static class SuggestionBench
{
    public sealed record Report(int Papers, int Entities, double Seconds, long PeakWorkingSetBytes, IReadOnlyDictionary<SuggestionKind, int> Stored);

    public static async Task<Report> RunAsync(SuggestionEngine engine, Action<string> log, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        var lastStage = "";
        var run = await engine.RefreshAsync(Enum.GetValues<SuggestionKind>().ToHashSet(), new StageLog(stage =>
        {
            if (stage != lastStage)
            {
                log($"suggestions: {stage} ({elapsed.Elapsed.TotalSeconds:0.0} s)");
                lastStage = stage;
            }
        }), cancellationToken);
        var seconds = elapsed.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new Report(run.Papers, run.Entities, seconds, process.PeakWorkingSet64, run.Stored);
    }

    private sealed class StageLog(Action<string> log) : IProgress<SuggestionProgress>
    {
        public void Report(SuggestionProgress value) => log(value.Stage);
    }
}

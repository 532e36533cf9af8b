using System.Diagnostics;
using PaperGraph.Core.Suggestions;
using PaperGraph.Ml;

namespace PaperGraph.Cli.Bench;

/// <summary>Times one run of every kind of suggestion over the benchmark's store and reads the process's peak working
/// set after it (which also covers the import before it: when it is higher, the suggestions set it). Each stage gets its
/// wall time and the CPU time of the whole process during it: on a shared machine the CPU time is the steadier figure.</summary>
internal static class SuggestionBench
{
    public sealed record Stage(string Name, double Seconds, double CpuSeconds);

    public sealed record Report(
        int Papers, int Entities, double Seconds, double CpuSeconds, long PeakWorkingSetBytes, IReadOnlyDictionary<SuggestionKind, int> Stored,
        IReadOnlyList<Stage> Stages);

    public static async Task<Report> RunAsync(SuggestionEngine engine, Action<string> log, CancellationToken cancellationToken)
    {
        using var process = Process.GetCurrentProcess();
        var stages = new StageLog(process, log);
        var run = await engine.RefreshAsync(Enum.GetValues<SuggestionKind>().ToHashSet(), stages, cancellationToken);
        stages.Report(new SuggestionProgress("done", 0, 0));
        process.Refresh();
        return new Report(run.Papers, run.Entities, stages.Seconds, stages.CpuSeconds, process.PeakWorkingSet64, run.Stored, stages.Stages);
    }

    private sealed class StageLog(Process process, Action<string> log) : IProgress<SuggestionProgress>
    {
        private readonly Stopwatch _elapsed = Stopwatch.StartNew();
        private readonly TimeSpan _cpuAtStart = process.TotalProcessorTime;
        private readonly Lock _lock = new();
        private (string Name, double Seconds, double CpuSeconds)? _current;

        public List<Stage> Stages { get; } = [];

        public double Seconds => _elapsed.Elapsed.TotalSeconds;

        public double CpuSeconds => Cpu();

        public void Report(SuggestionProgress value)
        {
            // Parallel stages report from several threads; stages of one name report many times and only a new name
            // starts a stage.
            lock (_lock)
            {
                if (_current?.Name != value.Stage)
                {
                    Start(value.Stage);
                }
            }
        }

        private void Start(string stage)
        {
            var (seconds, cpu) = (Seconds, Cpu());
            if (_current is { } current)
            {
                Stages.Add(new Stage(current.Name, seconds - current.Seconds, cpu - current.CpuSeconds));
            }
            _current = (stage, seconds, cpu);
            log($"suggestions: {stage} ({seconds:0.0} s, CPU {cpu:0.0} s)");
        }

        private double Cpu()
        {
            process.Refresh();
            return (process.TotalProcessorTime - _cpuAtStart).TotalSeconds;
        }
    }
}

using System.Diagnostics;
using PaperGraph.Ml;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Suggest;

/// <summary>Shows a suggestion run's progress on standard error: a progress bar per stage on a terminal, else a plain
/// line when a stage starts and at most every few seconds within it; then one closing line with the time taken.</summary>
internal static class SuggestProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static async Task<SuggestionRun> RunAsync(CliConsole console, Func<IProgress<SuggestionProgress>, Task<SuggestionRun>> run)
    {
        var elapsed = Stopwatch.StartNew();
        var result = console.Stderr.Profile.Capabilities.Interactive
            ? await console.Stderr.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(context => run(new LiveProgress(context)))
            : await run(new PlainProgress(console.Error));
        var stored = string.Join(", ", result.Stored.Select(kind => $"{kind.Value:N0} {kind.Key}"));
        await console.Error.WriteLineAsync(
            $"suggest: {result.Papers:N0} papers and {result.Entities:N0} entities read, stored {stored} in {elapsed.Elapsed.TotalSeconds:0.0} s");
        return result;
    }

    private sealed class LiveProgress(ProgressContext context) : IProgress<SuggestionProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = [];

        public void Report(SuggestionProgress value)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                foreach (var earlier in _tasks.Values)
                {
                    earlier.Value = earlier.MaxValue;
                }
                _tasks[value.Stage] = task = context.AddTask(Markup.Escape(value.Stage));
            }
            if (value.Total > 0)
            {
                task.MaxValue = value.Total;
                task.Value = value.Done;
            }
            else
            {
                task.IsIndeterminate = true;
            }
        }
    }

    private sealed class PlainProgress(TextWriter error) : IProgress<SuggestionProgress>
    {
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
        private string? _stage;

        public void Report(SuggestionProgress value)
        {
            if (value.Stage != _stage || _sinceLast.Elapsed >= PlainInterval)
            {
                _stage = value.Stage;
                error.WriteLine(value.Total > 0 ? $"{value.Stage}: {value.Done:N0} of {value.Total:N0}" : $"{value.Stage}: {value.Done:N0}");
                _sinceLast.Restart();
            }
        }
    }
}

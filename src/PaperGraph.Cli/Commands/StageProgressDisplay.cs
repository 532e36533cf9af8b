using System.Diagnostics;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary>Shows the progress of work done in stages (items done of a total per stage) on standard error: a progress
/// bar per stage on a terminal, else a plain line when a stage starts and at most every few seconds within it. The
/// caller writes the closing line.</summary>
internal static class StageProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    /// <param name="read">The stage, items done and total (0 when unknown) a progress report carries.</param>
    public static async Task<TResult> RunAsync<TResult, TProgress>(
        CliConsole console, Func<IProgress<TProgress>, Task<TResult>> run, Func<TProgress, (string Stage, int Done, int Total)> read) =>
        console.Stderr.Profile.Capabilities.Interactive
            ? await console.Stderr.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(context => run(new LiveProgress<TProgress>(context, read)))
            : await run(new PlainProgress<TProgress>(console.Error, read));

    private sealed class LiveProgress<TProgress>(ProgressContext context, Func<TProgress, (string Stage, int Done, int Total)> read)
        : IProgress<TProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = [];

        public void Report(TProgress value)
        {
            var (stage, done, total) = read(value);
            if (!_tasks.TryGetValue(stage, out var task))
            {
                foreach (var earlier in _tasks.Values)
                {
                    earlier.Value = earlier.MaxValue;
                }
                _tasks[stage] = task = context.AddTask(Markup.Escape(stage));
            }
            if (total > 0)
            {
                task.MaxValue = total;
                task.Value = done;
            }
            else
            {
                task.IsIndeterminate = true;
            }
        }
    }

    private sealed class PlainProgress<TProgress>(TextWriter error, Func<TProgress, (string Stage, int Done, int Total)> read)
        : IProgress<TProgress>
    {
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
        private string? _stage;

        public void Report(TProgress value)
        {
            var (stage, done, total) = read(value);
            if (stage != _stage || _sinceLast.Elapsed >= PlainInterval)
            {
                _stage = stage;
                error.WriteLine(total > 0 ? $"{stage}: {done:N0} of {total:N0}" : $"{stage}: {done:N0}");
                _sinceLast.Restart();
            }
        }
    }
}

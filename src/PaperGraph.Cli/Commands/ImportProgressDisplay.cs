using System.Diagnostics;
using PaperGraph.Core.Import;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary>Shows import progress on standard error: a live line on a terminal, else a plain line
/// at most every few seconds (logs and pipes stay short); then always one closing line, so even an import
/// too short to show progress says what it did.</summary>
internal static class ImportProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static async Task<ImportSummary> RunAsync(CliConsole console, Func<IProgress<ImportProgress>, Task<ImportSummary>> import)
    {
        var elapsed = Stopwatch.StartNew();
        var summary = await ShowWhileRunningAsync(console, import);
        await console.Error.WriteLineAsync(
            $"import: {summary.RecordsRead:N0} records read, {summary.PapersAdded + summary.PapersUpdated:N0} papers stored, " +
            $"{summary.Rejected.Count:N0} rejected in {elapsed.Elapsed.TotalSeconds:0.0} s");
        return summary;
    }

    private static async Task<ImportSummary> ShowWhileRunningAsync(CliConsole console, Func<IProgress<ImportProgress>, Task<ImportSummary>> import)
    {
        if (!console.Stderr.Profile.Capabilities.Interactive)
        {
            return await import(new PlainProgress(console.Error));
        }
        return await console.Stderr.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Importing").IsIndeterminate();
                return await import(new LiveProgress(task));
            });
    }

    private static string Describe(ImportProgress p) =>
        $"{Path.GetFileName(p.File)}: {p.RecordsRead:N0} records read, {p.PapersWritten:N0} papers stored, {p.Rejected:N0} rejected";

    private sealed class LiveProgress(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => task.Description = Markup.Escape(Describe(value));
    }

    private sealed class PlainProgress(TextWriter error) : IProgress<ImportProgress>
    {
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();

        public void Report(ImportProgress value)
        {
            if (_sinceLast.Elapsed >= PlainInterval)
            {
                error.WriteLine(Describe(value));
                _sinceLast.Restart();
            }
        }
    }
}

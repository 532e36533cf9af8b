namespace PaperGraph.Ml;

/// <summary>Reports on the caller's thread: <see cref="Progress{T}"/> posts to the thread pool, out of order.</summary>
internal sealed class SynchronousProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);

    /// <summary>Counts done of a stage, as <see cref="SuggestionProgress"/> to <paramref name="progress"/>.</summary>
    public static SynchronousProgress? Stage(IProgress<SuggestionProgress>? progress, string stage, int total) =>
        progress is null ? null : new SynchronousProgress(count => progress.Report(new SuggestionProgress(stage, count, total)));
}

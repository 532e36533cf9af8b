namespace PaperGraph.Web.Components.Shared;

/// <summary>Runs a lookup once typing pauses: each keystroke cancels the wait (or the lookup) of the one before, so
/// only the text the reader stopped at is looked up. Enter can skip the wait with <see cref="CancelAsync"/> first.</summary>
public sealed class TypingPause(TimeSpan delay) : IDisposable
{
    private CancellationTokenSource? _current;

    /// <summary>Waits for the pause, then runs <paramref name="lookup"/>; returns quietly when a newer call or
    /// <paramref name="lifetime"/> cancelled it.</summary>
    public async Task RunAsync(Func<CancellationToken, Task> lookup, CancellationToken lifetime)
    {
        await CancelAsync();
        var typing = _current = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
        try
        {
            await Task.Delay(delay, typing.Token);
            await lookup(typing.Token);
        }
        catch (OperationCanceledException) when (typing.IsCancellationRequested)
        {
        }
    }

    /// <summary>Drops the pending wait or lookup, if any.</summary>
    public async Task CancelAsync()
    {
        if (_current is not null)
        {
            await _current.CancelAsync();
        }
    }

    public void Dispose() => _current?.Dispose();
}

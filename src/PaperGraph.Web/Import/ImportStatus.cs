namespace PaperGraph.Web.Import;

/// <summary>Progress of the seed import, shared by the background importer, the UI (progress bar) and
/// tests (which wait for <see cref="Finished"/>). Thread-safe: updates come from the import thread.</summary>
public sealed class ImportStatus
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<ImportSnapshot> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ImportSnapshot _current = ImportSnapshot.Pending;

    /// <summary>Raised after every change, on the thread that made it.</summary>
    public event Action<ImportSnapshot>? Changed;

    public ImportSnapshot Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Completes when the import has completed, been skipped or failed.</summary>
    public Task<ImportSnapshot> Finished => _finished.Task;

    public void Report(int papersProcessed, int? papersTotal) =>
        Update(new ImportSnapshot(ImportState.Importing, papersProcessed, papersTotal, null));

    public void Complete(int papersProcessed, string message) =>
        Update(new ImportSnapshot(ImportState.Completed, papersProcessed, papersProcessed, message));

    public void Skip(string reason) => Update(new ImportSnapshot(ImportState.Skipped, 0, null, reason));

    public void Fail(string message) =>
        Update(Current with { State = ImportState.Failed, Message = message });

    private void Update(ImportSnapshot next)
    {
        lock (_gate)
        {
            _current = next;
        }
        Changed?.Invoke(next);
        if (next.IsFinished)
        {
            _finished.TrySetResult(next);
        }
    }
}

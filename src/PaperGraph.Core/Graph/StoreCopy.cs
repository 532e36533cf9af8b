namespace PaperGraph.Core.Graph;

/// <summary>Copies every paper of one store into another through the target's own upsert, a batch at a time, then
/// recomputes the target's derived relations. Any store can be either end, so the copy writes what an import would.</summary>
public static class StoreCopy
{
    /// <param name="progress">Told the papers copied so far after each batch.</param>
    public static async Task<UpsertSummary> CopyAsync(IPaperRecordSource source, IGraphStore target, int batchSize, Action<int>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        await target.InitializeAsync(cancellationToken);
        var total = UpsertSummary.Empty;
        var copied = 0;
        var size = Math.Max(1, batchSize);
        await foreach (var batch in source.ReadAllAsync(size, cancellationToken).Chunk(size).WithCancellation(cancellationToken))
        {
            total = total.Add(await target.UpsertAsync(batch, cancellationToken));
            copied += batch.Length;
            progress?.Invoke(copied);
        }
        await target.RefreshDerivedRelationsAsync(cancellationToken);
        return total;
    }
}

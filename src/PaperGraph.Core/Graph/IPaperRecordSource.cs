namespace PaperGraph.Core.Graph;

/// <summary>A store whose content can be read back as the records that would write it again: what exports and
/// copies into another store read. Kept apart from <see cref="IGraphStore"/> because only a store that is copied
/// from needs it.</summary>
public interface IPaperRecordSource
{
    /// <summary>Every stored paper with its extraction, in a stable order, read <paramref name="pageSize"/> papers
    /// at a time so memory does not grow with the store. Entities carry all their stored names as aliases.</summary>
    IAsyncEnumerable<PaperRecord> ReadAllAsync(int pageSize = 1000, CancellationToken cancellationToken = default);
}

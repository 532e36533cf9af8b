using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Import;

/// <summary>A batch and what the store said writing it did.</summary>
internal sealed record WrittenBatch(ResolvedBatch Batch, UpsertSummary Written)
{
    /// <summary>The batch's papers new to the store. Exact when the store added all or none of them; in a mixed batch,
    /// those whose keys the store did not know (a paper without keys, known only by its id, may be listed wrongly then).</summary>
    public IEnumerable<PaperSummary> NewPapers =>
        Written.PapersUpdated == 0 ? Batch.Papers
        : Written.PapersAdded == 0 ? []
        : Batch.Papers.Where(paper => !Batch.StoredIds.Contains(paper.Id));
}

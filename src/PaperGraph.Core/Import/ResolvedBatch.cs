using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Import;

/// <summary>A batch whose papers and cited works have their node ids.</summary>
/// <param name="Merges">Groups of stored nodes the batch proved to be one paper, to merge after it is written.</param>
/// <param name="Papers">The batch's papers, one per node.</param>
/// <param name="StoredIds">Nodes the store held before, found by the batch's keys.</param>
/// <param name="NewStubs">Cited works found neither in the store nor in the batch: they become stubs.</param>
internal sealed record ResolvedBatch(
    IReadOnlyList<PaperRecord> Records, IReadOnlyList<IReadOnlyList<string>> Merges, IReadOnlyList<PaperSummary> Papers, IReadOnlySet<string> StoredIds, int NewStubs)
{
    /// <summary>Citation links the batch writes: its papers' references and citing works.</summary>
    public int Citations => Records.Sum(record => (record.Citations?.References?.Count ?? 0) + (record.Citations?.CitedBy.Count ?? 0));
}

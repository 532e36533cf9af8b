using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Import;

/// <summary>A batch whose papers and cited works have their node ids.</summary>
/// <param name="NewPapers">Papers of the batch the store did not hold before.</param>
/// <param name="NewStubs">Cited works found neither in the store nor in the batch: they become stubs.</param>
internal sealed record ResolvedBatch(IReadOnlyList<PaperRecord> Records, IReadOnlyList<PaperSummary> NewPapers, int NewStubs)
{
    /// <summary>Citation links the batch writes: its papers' references and citing works.</summary>
    public int Citations => Records.Sum(record => (record.Citations?.References?.Count ?? 0) + (record.Citations?.CitedBy.Count ?? 0));
}

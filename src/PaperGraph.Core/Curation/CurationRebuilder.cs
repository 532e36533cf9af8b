using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Curation;

/// <summary>Brings the graph in line with the rules in force for some entities: re-extracts every paper linked to them
/// from its stored title and abstract (extraction is deterministic and reads nothing from the store), applies all active
/// rules, and rewrites the entities from those papers in one batch, then refreshes derived relations. Rebuilds are
/// serialised within the process, so two decisions never interleave their rewrites.</summary>
public sealed class CurationRebuilder(IGraphStore store, ICurationStore curation, IExtractor extractor) : IDisposable
{
    private readonly SemaphoreSlim _rebuilding = new(1, 1);

    /// <param name="alsoPapers">Papers to rebuild beside those linked to the entities now (those a decision touched when
    /// it was made, which an undo gives back).</param>
    public async Task<(int Papers, int EntitiesRemoved)> RebuildAsync(
        IReadOnlyList<string> entityKeys, IReadOnlyList<string> alsoPapers, CancellationToken cancellationToken)
    {
        await _rebuilding.WaitAsync(cancellationToken);
        try
        {
            var rules = await curation.GetActiveRulesAsync(cancellationToken);
            var linked = await curation.GetLinkedPaperIdsAsync(entityKeys, cancellationToken);
            var records = new List<PaperRecord>();
            foreach (var id in linked.Concat(alsoPapers).Distinct(StringComparer.Ordinal))
            {
                if (await store.GetPaperAsync(id, cancellationToken) is { Paper: var paper })
                {
                    var record = new PaperRecord(paper, extractor.Extract(paper.Title, paper.Abstract));
                    records.Add(CurationRuleApplier.Apply(record, rules));
                }
            }
            var (_, removed) = await curation.RewriteEntitiesAsync(entityKeys, records, cancellationToken);
            await store.RefreshDerivedRelationsAsync(cancellationToken);
            return (records.Count, removed);
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    public void Dispose() => _rebuilding.Dispose();
}

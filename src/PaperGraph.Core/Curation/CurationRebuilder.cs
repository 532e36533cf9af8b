using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Curation;

/// <summary>Makes one log change with its effect: re-extracts every paper linked to the entities it is about from its
/// stored title and abstract (extraction is deterministic and reads nothing from the store), applies the rules in force
/// after the change, and hands the rebuilt papers to the store to write with the log change in one transaction; then
/// refreshes derived relations. Changes are serialised within the process, so two decisions never interleave.</summary>
public sealed class CurationRebuilder(IGraphStore store, ICurationStore curation, IExtractor extractor) : IDisposable
{
    private readonly SemaphoreSlim _rebuilding = new(1, 1);

    /// <param name="rule">The rule appended or withdrawn.</param>
    /// <param name="alsoPapers">Papers to rebuild beside those linked to the rule's entities now (those a decision touched
    /// when it was made, which an undo gives back).</param>
    /// <param name="rulesAfter">The active rules once the change is made, from those in force now.</param>
    /// <param name="write">Writes the log change with the rewrite, atomically.</param>
    public async Task<CurationOutcome> ChangeAsync(
        CurationRule rule,
        IReadOnlyList<string> alsoPapers,
        Func<IReadOnlyList<CurationRule>, IReadOnlyList<CurationRule>> rulesAfter,
        Func<CurationRewrite, Task<CurationWrite>> write,
        IProgress<CurationProgress>? progress,
        CancellationToken cancellationToken)
    {
        await _rebuilding.WaitAsync(cancellationToken);
        try
        {
            var keys = rule.EntityKeys();
            var rules = rulesAfter(await curation.GetActiveRulesAsync(cancellationToken));
            var linked = await curation.GetLinkedPaperIdsAsync(keys, cancellationToken);
            var ids = linked.Concat(alsoPapers).Distinct(StringComparer.Ordinal).ToList();
            var records = new List<PaperRecord>(ids.Count);
            for (var done = 0; done < ids.Count; done++)
            {
                progress?.Report(new CurationProgress("rebuilding papers", done, ids.Count));
                if (await store.GetPaperAsync(ids[done], cancellationToken) is { Paper: var paper })
                {
                    var record = new PaperRecord(paper, extractor.Extract(paper.Title, paper.Abstract));
                    records.Add(CurationRuleApplier.Apply(record, rules));
                }
            }
            progress?.Report(new CurationProgress("writing", ids.Count, ids.Count));
            var written = await write(new CurationRewrite(keys, records));
            await store.RefreshDerivedRelationsAsync(cancellationToken);
            progress?.Report(new CurationProgress("done", records.Count, records.Count));
            return new CurationOutcome(written.Entry, records.Count, written.EntitiesRemoved);
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    public void Dispose() => _rebuilding.Dispose();
}

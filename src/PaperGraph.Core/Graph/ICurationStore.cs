using PaperGraph.Core.Curation;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Graph;

/// <summary>The curation part of the store contract: the audit log of decisions with optimistic concurrency (a
/// version per entity key), and what rebuilding the papers a decision touches needs. Every store implements it
/// beside <see cref="IGraphStore"/> and passes the same contract tests.</summary>
public interface ICurationStore : ICurationRuleSource
{
    /// <summary>Appends a decision and bumps the versions of its <see cref="CurationRule.EntityKeys"/>, atomically.
    /// Throws <see cref="CurationConflictException"/> (writing nothing) when a key in <paramref name="seenVersions"/>
    /// has another version now; keys not given are not checked.</summary>
    Task<CurationEntry> AppendAsync(NewCurationEntry entry, IReadOnlyDictionary<string, long> seenVersions, CancellationToken cancellationToken = default);

    /// <summary>Withdraws an active decision, naming who did, and bumps its keys' versions, atomically and under the
    /// same check as <see cref="AppendAsync"/>. Throws <see cref="CurationRequestException"/> for an unknown or already
    /// undone entry.</summary>
    Task<CurationEntry> MarkUndoneAsync(long entryId, string curator, IReadOnlyDictionary<string, long> seenVersions, CancellationToken cancellationToken = default);

    /// <summary>One entry; null when there is none with that id.</summary>
    Task<CurationEntry?> GetEntryAsync(long entryId, CancellationToken cancellationToken = default);

    /// <summary>The audit log newest first, <paramref name="limit"/> entries after skipping <paramref name="offset"/>.</summary>
    Task<CurationLogPage> ReadLogAsync(int offset = 0, int limit = 50, CancellationToken cancellationToken = default);

    /// <summary>The current version of each key; 0 for a key no decision has touched.</summary>
    Task<IReadOnlyDictionary<string, long>> GetEntityVersionsAsync(IReadOnlyCollection<string> entityKeys, CancellationToken cancellationToken = default);

    /// <summary>Every entity a name or key could mean: the entity with that key, and those with that canonical name or
    /// alias (case and punctuation insensitive), of any type.</summary>
    Task<IReadOnlyList<EntityRef>> FindEntitiesAsync(string nameOrKey, CancellationToken cancellationToken = default);

    /// <summary>Ids of the papers related to the entities (any role or a result) or to their direct variants, in a stable
    /// order (SQLite: the order they were first stored, which rewrites keep so the first name an entity got stays).</summary>
    Task<IReadOnlyList<string>> GetLinkedPaperIdsAsync(IReadOnlyCollection<string> entityKeys, CancellationToken cancellationToken = default);

    /// <summary>Rewrites entities from their papers, atomically: forgets everything stored about the entities (names,
    /// parent, relations), writes <paramref name="papers"/> (which must include every paper linked to them, see
    /// <see cref="GetLinkedPaperIdsAsync"/>) as one batch, then removes those of the entities left without a relation
    /// or variant. Derived relations are refreshed by the caller.</summary>
    /// <returns>The batch's summary and the number of entities removed.</returns>
    Task<(UpsertSummary Written, int EntitiesRemoved)> RewriteEntitiesAsync(
        IReadOnlyCollection<string> entityKeys, IReadOnlyList<PaperRecord> papers, CancellationToken cancellationToken = default);
}

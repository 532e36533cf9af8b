using PaperGraph.Core.Curation;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Graph;

/// <summary>The curation part of the store contract: the audit log of decisions with optimistic concurrency (a
/// version per entity key), and what rebuilding the papers a decision touches needs. Every store implements it
/// beside <see cref="IGraphStore"/> and passes the same contract tests.
/// A <see cref="CurationRewrite"/> is written with the log change that causes it: everything stored about its entities
/// (names, parent, relations) is forgotten, its papers (which must include every paper linked to them, see
/// <see cref="GetLinkedPaperIdsAsync"/>) are written as one batch, then those of the entities left without a relation or
/// variant are removed. Derived relations are refreshed by the caller.</summary>
public interface ICurationStore : ICurationRuleSource
{
    /// <summary>Appends a decision, bumps the versions of its <see cref="CurationRule.EntityKeys"/> and writes its
    /// <paramref name="rewrite"/>, all in one transaction: on any failure nothing is
    /// written. Throws <see cref="CurationConflictException"/> when a key in <paramref name="seenVersions"/> has another
    /// version now; keys not given are not checked.</summary>
    Task<CurationWrite> AppendAsync(NewCurationEntry entry, IReadOnlyDictionary<string, long> seenVersions, CurationRewrite rewrite,
        CancellationToken cancellationToken = default);

    /// <summary>Withdraws an active decision, naming who did, bumps its keys' versions and writes
    /// <paramref name="rewrite"/>, all in one transaction and under the same check as <see cref="AppendAsync"/>. Throws
    /// <see cref="CurationRequestException"/> for an unknown or already undone entry.</summary>
    Task<CurationWrite> MarkUndoneAsync(long entryId, string curator, IReadOnlyDictionary<string, long> seenVersions, CurationRewrite rewrite,
        CancellationToken cancellationToken = default);

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
}

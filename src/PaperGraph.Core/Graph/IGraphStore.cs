using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph;

/// <summary>The store contract: every store (embedded SQLite, Neo4j) implements it and passes the same
/// contract test suite. Node ids are paper ids (<see cref="PaperIdentity"/>) or entity keys
/// (<see cref="EntityKey"/>). Name lookups resolve canonical names and aliases.</summary>
public interface IGraphStore
{
    /// <summary>The most node ids <see cref="GetEdgesAmongAsync"/> takes in one call: enough for a busy
    /// explorer canvas while keeping one query's id sets small.</summary>
    const int MaxEdgesAmongNodes = 10_000;

    /// <summary>Creates or migrates the schema. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes a batch atomically: all of it or none. A paper already stored (same id) is
    /// updated and its extracted relations replaced, so re-importing is idempotent; metadata the record
    /// lacks (a null id, an empty abstract) keeps what is stored, and a record without an abstract leaves
    /// the stored extraction alone. A stub paper is written only when no paper has its id; a real paper
    /// with a stub's id fills the stub in. Every <see cref="Paper.Keys"/> key is recorded for
    /// <see cref="FindPapersByKeyAsync"/>; <see cref="PaperRecord.Citations"/> become CITES edges.</summary>
    Task<UpsertSummary> UpsertAsync(IReadOnlyList<PaperRecord> batch, CancellationToken cancellationToken = default);

    /// <summary>The stored papers holding any of the given match keys (<see cref="PaperKeys"/>), as key to paper id;
    /// keys nobody holds are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> FindPapersByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Makes stored papers found to be one paper (a record matched each by a different key: its DOI one, its
    /// arXiv id another, as imports from two sources leave them) one node, and returns its id: the first of them with
    /// an abstract, else the first that is not a stub, else the first; null when none is stored. That node keeps its
    /// metadata and extraction and gains what the others know and it lacks (external ids, year, venue, authors), their
    /// keys and their CITES edges both ways (no duplicates, no self-citation); it is a stub only if all were. The others
    /// are removed with their extraction (their derived BUILDS_ON edges come back on the next refresh).</summary>
    Task<string?> MergePapersAsync(IReadOnlyList<string> paperIds, CancellationToken cancellationToken = default);

    /// <summary>The CITES and BUILDS_ON edges (or, by <paramref name="scope"/>, the CITES edges only) with one end among
    /// the given papers, both directions, with both ends described (stub flag, citations within the corpus); unknown
    /// ids are ignored.</summary>
    Task<IReadOnlyList<PaperLink>> GetPaperLinksAsync(IReadOnlyCollection<string> paperIds,
        PaperLinkScope scope = PaperLinkScope.CitesAndBuildsOn, CancellationToken cancellationToken = default);

    /// <summary>Recomputes derived relations (BUILDS_ON) after imports.</summary>
    Task RefreshDerivedRelationsAsync(CancellationToken cancellationToken = default);

    Task<PaperDetails?> GetPaperAsync(string paperId, CancellationToken cancellationToken = default);

    /// <summary>The given papers as summaries (id, title, year), in the order asked; unknown ids are left out. For
    /// lists of papers, which need neither the extraction nor the links of <see cref="GetPaperAsync"/>.</summary>
    Task<IReadOnlyList<PaperSummary>> GetPaperSummariesAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken = default);

    /// <summary>Finds an entity by key, canonical name or alias (case and punctuation insensitive);
    /// when <paramref name="type"/> is null any type matches, datasets first.</summary>
    Task<EntityRef?> ResolveEntityAsync(string nameOrKey, EntityType? type = null, CancellationToken cancellationToken = default);

    /// <summary>An entity page; <paramref name="paperLimit"/> caps the papers listed (the total is still counted).</summary>
    Task<EntityDetails?> GetEntityAsync(string entityKey, int paperLimit = 200, CancellationToken cancellationToken = default);

    /// <summary>Papers reporting results on a dataset, its aliases and variants; null when no such dataset.</summary>
    Task<ReportsOnPage?> GetReportsOnAsync(ReportsOnQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    Task<MethodDatasetMatrix> GetMatrixAsync(int maxMethods = 30, int maxDatasets = 30, CancellationToken cancellationToken = default);

    /// <summary>Papers behind one matrix cell.</summary>
    Task<IReadOnlyList<PaperSummary>> GetMatrixPapersAsync(string methodKey, string datasetKey, CancellationToken cancellationToken = default);

    /// <summary>For a dataset, the methods proposed or used by papers evaluated on it; for a method, the datasets those
    /// papers are evaluated on. Most papers first (then by name), at most <paramref name="limit"/>; empty for any other
    /// entity or an unknown key.</summary>
    Task<IReadOnlyList<EvaluationPartner>> GetEvaluationPartnersAsync(string entityKey, int limit = 50, CancellationToken cancellationToken = default);

    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>The entities of a type linked to the most papers.</summary>
    Task<IReadOnlyList<EntityCount>> GetTopEntitiesAsync(EntityType type, int limit = 10, CancellationToken cancellationToken = default);

    /// <summary>The given nodes and their direct neighbours (at most <paramref name="limit"/> nodes,
    /// best connected first), with all edges among the returned nodes.</summary>
    Task<GraphView> GetNeighbourhoodAsync(IReadOnlyCollection<string> nodeIds, int limit = 200, CancellationToken cancellationToken = default);

    /// <summary>Every relation whose two ends are among the given nodes, as <see cref="GetNeighbourhoodAsync"/>
    /// returns edges; unknown ids are ignored. Throws <see cref="ArgumentException"/> for more than
    /// <see cref="MaxEdgesAmongNodes"/> ids.</summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAmongAsync(IReadOnlyCollection<string> nodeIds, CancellationToken cancellationToken = default);

    /// <summary>A shortest path between two nodes, ignoring direction, up to <paramref name="maxHops"/>;
    /// empty when there is none.</summary>
    Task<GraphView> GetShortestPathAsync(string fromId, string toId, int maxHops = 6, CancellationToken cancellationToken = default);
}

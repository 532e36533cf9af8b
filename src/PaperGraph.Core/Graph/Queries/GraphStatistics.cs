using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>Counts of nodes and relations in the store.</summary>
/// <param name="Papers">Imported papers; stubs (papers known only from reference lists) are not among them.</param>
/// <param name="StubPapers">Papers known only from reference lists.</param>
public sealed record GraphStatistics(
    int Papers,
    IReadOnlyDictionary<EntityType, int> Entities,
    IReadOnlyDictionary<RelationType, int> Relations,
    int Results,
    int StubPapers = 0)
{
    /// <summary>Every relation in the graph, each counted once: paper-entity roles, one REPORTS per result,
    /// VARIANT_OF, BUILDS_ON and CITES. The import summary, `stats` and the home page all show this number.</summary>
    public int TotalRelations => Relations.Values.Sum();
}

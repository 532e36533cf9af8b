using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>Counts of nodes and relations in the store.</summary>
public sealed record GraphStatistics(
    int Papers,
    IReadOnlyDictionary<EntityType, int> Entities,
    IReadOnlyDictionary<RelationType, int> Relations,
    int Results)
{
    /// <summary>Every relation in the graph, each counted once: paper-entity roles, one REPORTS per result,
    /// VARIANT_OF, BUILDS_ON and CITES. The import summary, `stats` and the home page all show this number.</summary>
    public int TotalRelations => Relations.Values.Sum();
}

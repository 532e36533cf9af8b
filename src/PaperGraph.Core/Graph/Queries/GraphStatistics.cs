using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>Counts of nodes and relations in the store.</summary>
public sealed record GraphStatistics(
    int Papers,
    IReadOnlyDictionary<EntityType, int> Entities,
    IReadOnlyDictionary<RelationType, int> Relations,
    int Results);

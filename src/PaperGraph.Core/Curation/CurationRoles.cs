using PaperGraph.Core.Model;

namespace PaperGraph.Core.Curation;

/// <summary>Which relations a paper can have to an entity of each type, as the extractor emits them.</summary>
public static class CurationRoles
{
    public static bool Allows(EntityType type, RelationType role) => type switch
    {
        EntityType.Method => role is RelationType.Proposes or RelationType.Uses,
        EntityType.Dataset => role is RelationType.Proposes or RelationType.Uses or RelationType.EvaluatedOn or RelationType.Mentions,
        EntityType.Metric => role is RelationType.Uses,
        EntityType.Task => role is RelationType.Addresses,
        _ => false,
    };
}

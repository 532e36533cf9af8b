using PaperGraph.Core.Model;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>The fixed relationship types and labels of the graph, mapped from the model's enums. Statements name
/// types and labels only through these constants: nothing a user supplies ever becomes a type or label.</summary>
internal static class GraphNames
{
    /// <summary>The paper-to-entity roles an extraction writes (REPORTS is written with its result).</summary>
    public const string RoleTypes = "PROPOSES|USES|EVALUATED_ON|MENTIONS|ADDRESSES";

    /// <summary>Everything a paper's extraction links it to: its roles and its results.</summary>
    public const string ExtractedTypes = RoleTypes + "|REPORTS";

    /// <summary>Every relationship of the knowledge graph (the name-lookup links excluded).</summary>
    public const string GraphTypes = ExtractedTypes + "|VARIANT_OF|BUILDS_ON|CITES";

    private static readonly Dictionary<RelationType, string> Types = new()
    {
        [RelationType.Proposes] = "PROPOSES",
        [RelationType.Uses] = "USES",
        [RelationType.EvaluatedOn] = "EVALUATED_ON",
        [RelationType.Mentions] = "MENTIONS",
        [RelationType.Addresses] = "ADDRESSES",
        [RelationType.Reports] = "REPORTS",
        [RelationType.VariantOf] = "VARIANT_OF",
        [RelationType.BuildsOn] = "BUILDS_ON",
        [RelationType.Cites] = "CITES",
    };

    private static readonly Dictionary<string, RelationType> ByType = Types.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string TypeOf(RelationType relation) => Types[relation];

    public static RelationType RelationOf(string type) => ByType[type];

    /// <summary>Entity types are stored by their enum name, as the <c>type</c> property and as a label.</summary>
    public static string Of(EntityType type) => type.ToString();

    public static EntityType EntityTypeOf(string type) => Enum.Parse<EntityType>(type);
}

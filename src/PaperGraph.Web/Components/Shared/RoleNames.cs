using PaperGraph.Core.Model;

namespace PaperGraph.Web.Components.Shared;

/// <summary>Relation types as people read them.</summary>
public static class RoleNames
{
    public static string Of(RelationType role) => role switch
    {
        RelationType.Proposes => "Proposes",
        RelationType.Uses => "Uses",
        RelationType.EvaluatedOn => "Evaluated on",
        RelationType.Mentions => "Mentions",
        RelationType.Addresses => "Addresses",
        RelationType.Reports => "Reports results on",
        RelationType.VariantOf => "Variant of",
        RelationType.BuildsOn => "Builds on",
        RelationType.Cites => "Cites",
        _ => role.ToString(),
    };

    /// <summary>The same relation seen from the entity's side ("Proposed by").</summary>
    public static string Inverse(RelationType role) => role switch
    {
        RelationType.Proposes => "Proposed by",
        RelationType.Uses => "Used by",
        RelationType.EvaluatedOn => "Evaluated on it",
        RelationType.Mentions => "Mentioned by",
        RelationType.Addresses => "Addressing it",
        RelationType.Reports => "Reporting results on it",
        _ => Of(role),
    };
}

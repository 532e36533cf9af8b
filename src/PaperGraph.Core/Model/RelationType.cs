namespace PaperGraph.Core.Model;

/// <summary>Edge labels of the graph; names match the Cypher relationship types.</summary>
public enum RelationType
{
    /// <summary>Paper introduces a method or dataset.</summary>
    Proposes,
    /// <summary>Paper uses or compares against a method, or measures a metric.</summary>
    Uses,
    /// <summary>Paper reports its own experiments on a dataset.</summary>
    EvaluatedOn,
    /// <summary>Paper names a dataset without evaluating on it.</summary>
    Mentions,
    /// <summary>Paper addresses a task.</summary>
    Addresses,
    /// <summary>Paper reports a numeric result on a dataset (carries metric, value, unit).</summary>
    Reports,
    /// <summary>Entity is a variant of a parent entity (ImageNet-1K to ImageNet).</summary>
    VariantOf,
    /// <summary>Paper uses a method another paper proposes (derived).</summary>
    BuildsOn,
    /// <summary>Explicit citation from bibliographic metadata.</summary>
    Cites,
}

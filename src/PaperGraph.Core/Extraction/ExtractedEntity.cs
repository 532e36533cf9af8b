using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction;

/// <summary>An entity found in one abstract, under its canonical name.</summary>
/// <param name="Role">How the paper relates to it: Proposes or Uses (methods, datasets the paper
/// introduces), EvaluatedOn or Mentions (datasets), Uses (metrics), Addresses (tasks).</param>
/// <param name="Aliases">Other names for it, from the knowledge base or defined in the text
/// ("Cross Stage Partial Network (CSPNet)").</param>
/// <param name="Parent">Canonical name of the entity it is a variant of (ImageNet-1K to ImageNet).</param>
/// <param name="Mentions">Where it occurs in the abstract.</param>
public sealed record ExtractedEntity(
    EntityType Type,
    string Name,
    RelationType Role,
    IReadOnlyList<string> Aliases,
    string? Parent,
    IReadOnlyList<Mention> Mentions)
{
    /// <summary>The entity's identity, which stores key its node by: its type and <see cref="KeyName"/>,
    /// or its <see cref="Name"/> when that is null.</summary>
    public string Key => EntityKey.For(Type, KeyName ?? Name);

    /// <summary>The name the key is made from when it is not <see cref="Name"/>: an acronym the paper
    /// defines and the knowledge base lacks is keyed by its expansion, so "CA" for Coordinate Attention
    /// and "CA" for Conflict-Aware Sparsification are two entities.</summary>
    public string? KeyName { get; init; }

    /// <summary>Further relations of the paper to this entity beyond <see cref="Role"/>: a dataset the
    /// paper proposes and also evaluates on has Role Proposes and EvaluatedOn here.</summary>
    public IReadOnlyList<RelationType> AdditionalRoles { get; init; } = [];

    /// <summary>Every relation of the paper to this entity: <see cref="Role"/>, then the additional ones.
    /// Stores write one relation per item.</summary>
    public IEnumerable<RelationType> Roles => AdditionalRoles.Prepend(Role);

    public bool Has(RelationType role) => Role == role || AdditionalRoles.Contains(role);
}

using System.Text.Json.Serialization;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Core.Curation;

/// <summary>A curator's decision, kept as a rule the graph is built with: applied to what a store holds when
/// the curator makes it, and to every paper imported afterwards, so a re-import reproduces the curated graph.
/// Undoing a decision withdraws its rule and rebuilds what it touched.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "op")]
[JsonDerivedType(typeof(MergeEntities), "merge")]
[JsonDerivedType(typeof(RenameEntity), "rename")]
[JsonDerivedType(typeof(RetypeEntity), "retype")]
[JsonDerivedType(typeof(NotAnEntity), "not-an-entity")]
[JsonDerivedType(typeof(RemoveRelation), "remove-relation")]
[JsonDerivedType(typeof(AddRelation), "add-relation")]
[JsonDerivedType(typeof(MarkVariant), "mark-variant")]
[JsonDerivedType(typeof(RejectSuggestion), "reject-suggestion")]
public abstract record CurationRule
{
    /// <summary>The entity keys the decision is about: the ones whose versions it checks and bumps, whose papers
    /// are rebuilt when it is made or undone.</summary>
    public abstract IReadOnlyList<string> EntityKeys();
}

/// <summary>Entity <paramref name="FromKey"/> is the same thing as <paramref name="IntoKey"/>: the survivor keeps
/// its key, the other's names become its aliases and every relation moves to it.</summary>
/// <param name="IntoName">The survivor's canonical name when the decision was made: the name papers imported later
/// give it. Null keeps the name each paper gives.</param>
public sealed record MergeEntities(string FromKey, string IntoKey, string? IntoName = null) : CurationRule
{
    public override IReadOnlyList<string> EntityKeys() => [FromKey, IntoKey];
}

/// <summary>Entity <paramref name="Key"/> is shown under <paramref name="Name"/>; the key stays.</summary>
public sealed record RenameEntity(string Key, string Name) : CurationRule
{
    public override IReadOnlyList<string> EntityKeys() => [Key];
}

/// <summary>Entity <paramref name="Key"/> is of another type (a "method" that is a dataset).
/// The entity's key becomes the same name under the new type (method:x becomes dataset:x).</summary>
public sealed record RetypeEntity(string Key, EntityType Type) : CurationRule
{
    /// <summary>The key the entity has once retyped.</summary>
    [JsonIgnore]
    public string NewKey => CurationKeys.WithType(Key, Type);

    public override IReadOnlyList<string> EntityKeys() => [Key, NewKey];
}

/// <summary>What was extracted as <paramref name="Key"/> is no entity at all (the false dataset "ID"): it and its
/// relations disappear, and stay gone on later imports.</summary>
public sealed record NotAnEntity(string Key) : CurationRule
{
    public override IReadOnlyList<string> EntityKeys() => [Key];
}

/// <summary>One wrong relation of a paper to an entity.</summary>
public sealed record RemoveRelation(string PaperId, string EntityKey, RelationType Role) : CurationRule
{
    public override IReadOnlyList<string> EntityKeys() => [EntityKey];
}

/// <summary>A relation the extractor missed (an accepted link suggestion).</summary>
public sealed record AddRelation(string PaperId, string EntityKey, string EntityName, RelationType Role) : CurationRule
{
    public override IReadOnlyList<string> EntityKeys() => [EntityKey];
}

/// <summary>Entity <paramref name="ChildKey"/> is a variant of <paramref name="ParentKey"/> (ImageNet-1K of ImageNet),
/// not a duplicate of it.</summary>
/// <param name="ParentName">The parent's canonical name when the decision was made: the name a paper that only
/// names the child gives the parent. Null falls back to the name in the parent's key.</param>
public sealed record MarkVariant(string ChildKey, string ParentKey, string? ParentName = null) : CurationRule
{
    public override IReadOnlyList<string> EntityKeys() => [ChildKey, ParentKey];
}

/// <summary>A suggestion a curator turned down: suggestion refreshes leave it out while this rule is active (this rule is
/// the only record of the rejection, so undoing it lets the suggestion come back), and merge-candidate rejections train
/// the candidate classifier as negatives (merges are its positives).</summary>
public sealed record RejectSuggestion(SuggestionKind Kind, string SourceId, string TargetId) : CurationRule
{
    public override IReadOnlyList<string> EntityKeys() => Kind switch
    {
        SuggestionKind.SimilarPaper => [],
        SuggestionKind.MissingLink => [TargetId],
        _ => [SourceId, TargetId],
    };
}
